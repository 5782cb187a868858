namespace Ukspf.Domain.Returns;

/// <summary>Where a project is in its life.</summary>
public enum ProjectStatus
{
    /// <summary>Approved, not started.</summary>
    Planned,

    /// <summary>Delivering.</summary>
    Live,

    /// <summary>Delivered.</summary>
    Finished,

    /// <summary>Stopped before completion; a reason is required.</summary>
    ClosedEarly,
}
