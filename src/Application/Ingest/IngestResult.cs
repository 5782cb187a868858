using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;

namespace Ukspf.Application.Ingest;

/// <summary>What became of one upload.</summary>
/// <param name="SubmissionId">The submission's stable id.</param>
/// <param name="Status">Accepted or rejected; failed when processing stopped on a fault of ours (see <see cref="IngestReturn"/>).</param>
/// <param name="Reason">For a rejection, the main reason in the council's words; for a failure, what stopped it.</param>
/// <param name="ArchiveBlob">The archived original (archive container).</param>
/// <param name="FeedbackBlob">The feedback workbook (feedback container).</param>
/// <param name="Findings">Every finding; empty when the submission had been processed before.</param>
/// <param name="AlreadyProcessed">True when the same upload had been processed before and nothing changed.</param>
public sealed record IngestResult(
    string SubmissionId,
    SubmissionStatus Status,
    string? Reason,
    string ArchiveBlob,
    string FeedbackBlob,
    IReadOnlyList<Finding> Findings,
    bool AlreadyProcessed);
