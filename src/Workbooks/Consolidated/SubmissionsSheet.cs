using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Submissions;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>The "Submissions" sheet: every upload of the round and what became of it.</summary>
internal static class SubmissionsSheet
{
    /// <summary>The sheet for a report; <paramref name="councilNames"/> maps LLA codes to names.</summary>
    public static IWorkbookTable For(RoundReport report, IReadOnlyDictionary<string, string> councilNames)
    {
        TableColumn<SubmissionSummary>[] columns =
        [
            new("GSS code", 12, (w, x, _) => w.Text(x.LlaCode)),
            new("Council", 34, (w, x, _) => w.Text(councilNames.GetValueOrDefault(x.LlaCode))),
            new("File", 36, (w, x, _) => w.Text(x.FileName)),
            new("Received (UTC)", 17, (w, x, s) => w.DateTime(x.ReceivedAt, s.DateTime)),
            new("Status", 12, (w, x, s) => w.Text(x.Status.ToString(), StatusStyle(x.Status, s))),
            new("Errors", 9, (w, x, _) => w.Number(x.Errors)),
            new("Warnings", 10, (w, x, _) => w.Number(x.Warnings)),
            new("Reason", 60, (w, x, s) => w.Text(x.Reason, s.Wrap)),
            new("Submission id", 40, (w, x, _) => w.Text(x.SubmissionId)),
        ];
        return new TableSheet<SubmissionSummary>("Submissions", columns, report.Submissions);
    }

    private static uint StatusStyle(SubmissionStatus status, ConsolidatedStyles styles) => status switch
    {
        SubmissionStatus.Accepted => styles.Green,
        SubmissionStatus.Rejected or SubmissionStatus.Failed => styles.Red,
        _ => 0,
    };
}
