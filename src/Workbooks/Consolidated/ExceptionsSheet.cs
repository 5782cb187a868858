using Ukspf.Domain.Reconciliation;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>The "Exceptions" sheet: every reconciliation finding, as the report orders them (errors first).</summary>
internal static class ExceptionsSheet
{
    /// <summary>The sheet for a report; <paramref name="councilNames"/> maps LLA codes to names.</summary>
    public static IWorkbookTable For(RoundReport report, IReadOnlyDictionary<string, string> councilNames)
    {
        TableColumn<ReconciliationFinding>[] columns =
        [
            new("Severity", 10, (w, f, s) => w.Text(f.Severity.ToString(), s.For(f.Severity))),
            new("Kind", 28, (w, f, _) => w.Text(f.Kind)),
            new("GSS code", 12, (w, f, _) => w.Text(f.LlaCode)),
            new("Council", 34, (w, f, _) => w.Text(councilNames.GetValueOrDefault(f.LlaCode))),
            new("Message", 100, (w, f, s) => w.Text(f.Message, s.Wrap)),
        ];
        return new TableSheet<ReconciliationFinding>("Exceptions", columns, report.Findings);
    }
}
