namespace Ukspf.Portal.Identity;

/// <summary>The authorisation policies pages are put under (by folder, in <c>PortalServices</c>).</summary>
public static class PortalPolicies
{
    /// <summary>A member of the fund team: every page under /manage.</summary>
    public const string FundManager = nameof(FundManager);

    /// <summary>A submitter for the council the route names: every page under /councils/{council}.</summary>
    public const string CouncilMember = nameof(CouncilMember);
}
