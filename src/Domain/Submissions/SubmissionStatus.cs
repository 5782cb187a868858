namespace Ukspf.Domain.Submissions;

/// <summary>What became of an uploaded return.</summary>
public enum SubmissionStatus
{
    /// <summary>Passed validation (possibly with warnings); its figures count.</summary>
    Accepted,

    /// <summary>Could not be read or failed validation; its figures do not count.</summary>
    Rejected,

    /// <summary>
    /// Accepted once, then replaced by an accepted return for the same round received later (or valid, but received
    /// before the one already accepted); kept as history.
    /// </summary>
    Superseded,

    /// <summary>
    /// Processing stopped before a verdict because of a fault on our side, not in the file; its figures do not count.
    /// Processing the same upload again (the host's retry, or uploading it again) replaces the record.
    /// </summary>
    Failed,
}
