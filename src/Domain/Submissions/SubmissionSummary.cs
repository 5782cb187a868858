using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Submissions;

/// <summary>The record of one uploaded return.</summary>
/// <param name="SubmissionId">Stable id derived from the upload (so reprocessing the same blob finds the same record).</param>
/// <param name="LlaCode">The council whose folder it was uploaded into.</param>
/// <param name="Round">The round.</param>
/// <param name="FileName">The file name as uploaded.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="Status">Accepted, rejected, superseded, or failed (processing stopped on a fault of ours).</param>
/// <param name="Errors">Number of error findings.</param>
/// <param name="Warnings">Number of warning findings.</param>
/// <param name="Reason">For a rejection, the main reason in a council officer's words; for a failure, what stopped it.</param>
/// <param name="UploadedBy">The email of who uploaded it through the portal; null when it came in another way, or before this was kept.</param>
public sealed record SubmissionSummary(
    string SubmissionId,
    string LlaCode,
    RoundId Round,
    string FileName,
    DateTimeOffset ReceivedAt,
    SubmissionStatus Status,
    int Errors,
    int Warnings,
    string? Reason,
    string? UploadedBy = null);
