namespace Ukspf.Application.Access;

/// <summary>What a portal user may do.</summary>
public enum PortalRole
{
    /// <summary>A council officer: sees, downloads and uploads returns for the councils the access list gives them.</summary>
    Submitter,

    /// <summary>A member of the fund team: runs rounds, loads allocations, sees every council and edits the access list.</summary>
    FundManager,
}
