using System.Globalization;
using Microsoft.Extensions.Logging;
using Ukspf.Application.Ingest;
using Ukspf.Application.Reconcile;
using Ukspf.Domain.Submissions;

namespace Ukspf.Cli.Serve;

/// <summary>The lines <c>ukspf serve</c> logs: one per upload (or failed try) and one per round reconciled.</summary>
internal static partial class ServeLog
{
    public static void Ingested(ILogger logger, InboxBlob blob, IngestResult result)
    {
        if (result.AlreadyProcessed) AlreadyProcessed(logger, blob.BlobName, result.SubmissionId, result.Status);
        else if (result.Status == SubmissionStatus.Rejected) Rejected(logger, blob.BlobName, result.SubmissionId, result.Reason ?? "");
        else Accepted(logger, blob.BlobName, result.SubmissionId);
    }

    public static void Reconciled(ILogger logger, DateTime occurrence, bool pastDue, IReadOnlyList<ReconcileResult> results)
    {
        var when = occurrence.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + (pastDue ? ", past due" : "");
        if (results.Count == 0) NoOpenRound(logger, when);
        foreach (var r in results) Reconciled(logger, r.Round, when, r.PublishedBlob, r.Report.Findings.Count);
    }

    [LoggerMessage(1, LogLevel.Information, "returns-inbox/{Blob}: Accepted as submission {SubmissionId}")]
    private static partial void Accepted(ILogger logger, string blob, string submissionId);

    [LoggerMessage(2, LogLevel.Information, "returns-inbox/{Blob}: Rejected as submission {SubmissionId}: {Reason}")]
    private static partial void Rejected(ILogger logger, string blob, string submissionId, string reason);

    [LoggerMessage(3, LogLevel.Information, "returns-inbox/{Blob}: already processed as submission {SubmissionId} ({Status}); nothing changed")]
    private static partial void AlreadyProcessed(ILogger logger, string blob, string submissionId, SubmissionStatus status);

    [LoggerMessage(4, LogLevel.Warning, "returns-inbox/{Blob}: failed ({Reason}); the SDK tries an upload five times, then moves it to webjobs-blobtrigger-poison")]
    public static partial void IngestFailed(ILogger logger, string blob, string reason);

    [LoggerMessage(5, LogLevel.Information, "Reconciled {Round} (occurrence {Occurrence}): published/{Blob}, {Findings} findings")]
    private static partial void Reconciled(ILogger logger, string round, string occurrence, string blob, int findings);

    [LoggerMessage(6, LogLevel.Information, "Reconcile (occurrence {Occurrence}): no open round")]
    private static partial void NoOpenRound(ILogger logger, string occurrence);
}
