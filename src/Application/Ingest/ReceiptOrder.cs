using Ukspf.Application.Submissions;

namespace Ukspf.Application.Ingest;

/// <summary>
/// The order of a council's uploads: by when each was received; at the same moment (storage gives times to the
/// second), the one processed later; then by submission id, so every host orders the same records the same way.
/// </summary>
/// <param name="ReceivedAt">When the upload landed.</param>
/// <param name="ProcessedAt">When it was processed.</param>
/// <param name="SubmissionId">Its id.</param>
internal readonly record struct ReceiptOrder(DateTimeOffset ReceivedAt, DateTimeOffset ProcessedAt, string SubmissionId) : IComparable<ReceiptOrder>
{
    /// <summary>Where a stored submission comes; records from before processing times were kept count as processed when received.</summary>
    public static ReceiptOrder Of(SubmissionRecord record) =>
        new(record.Summary.ReceivedAt, record.ProcessedAt ?? record.Summary.ReceivedAt, record.Summary.SubmissionId);

    /// <summary>Where the upload being ingested comes.</summary>
    public static ReceiptOrder Of(IngestRun run) => new(run.ReceivedAt, run.ProcessedAt, run.SubmissionId);

    /// <inheritdoc />
    public int CompareTo(ReceiptOrder other)
    {
        var received = ReceivedAt.CompareTo(other.ReceivedAt);
        if (received != 0) return received;
        var processed = ProcessedAt.CompareTo(other.ProcessedAt);
        return processed != 0 ? processed : string.CompareOrdinal(SubmissionId, other.SubmissionId);
    }
}
