namespace Ukspf.Application.Dashboard;

/// <summary>Where a council's return for a round stands, as the round's reconciliation judges it.</summary>
public enum ReturnState
{
    /// <summary>A return was accepted by the deadline.</summary>
    Accepted,

    /// <summary>A return was accepted, but after the deadline.</summary>
    Late,

    /// <summary>Returns came in, but none was accepted (rejected, or could not be processed).</summary>
    Rejected,

    /// <summary>No return has come in.</summary>
    Missing,
}
