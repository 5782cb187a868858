namespace Ukspf.Domain.Submissions;

/// <summary>What became of an uploaded return.</summary>
public enum SubmissionStatus
{
    /// <summary>Passed validation (possibly with warnings); its figures count.</summary>
    Accepted,

    /// <summary>Could not be read or failed validation; its figures do not count.</summary>
    Rejected,

    /// <summary>Accepted once, then replaced by a later accepted return for the same round; kept as history.</summary>
    Superseded,
}
