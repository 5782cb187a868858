using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Submissions;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>The "Submissions" sheet: every upload of the round and what became of it.</summary>
internal static class SubmissionsSheet
{
    /// <summary>The sheet for a report; <paramref name="councilNames"/> maps GSS codes to names.</summary>
    public static IPublishedSheet For(RoundReport report, IReadOnlyDictionary<string, string> councilNames)
    {
        TableColumn<SubmissionSummary>[] columns =
        [
            new("GSS code", 12, x => x.LlaCode),
            new("Council", 34, x => councilNames.GetValueOrDefault(x.LlaCode)),
            new("File", 36, x => x.FileName),
            new("Received (UTC)", 17, x => x.ReceivedAt, CellLook.DateTime),
            new("Uploaded by", 32, x => x.UploadedBy),
            new("Status", 12, x => x.Status.ToString(), RowLook: x => CellLook.For(x.Status)),
            new("Errors", 9, x => x.Errors),
            new("Warnings", 10, x => x.Warnings),
            new("Reason", 60, x => x.Reason, CellLook.Wrapped),
            new("Submission id", 40, x => x.SubmissionId),
        ];
        return new TableSheet<SubmissionSummary>("Submissions", columns, report.Submissions);
    }
}
