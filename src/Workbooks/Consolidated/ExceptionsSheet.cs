using Ukspf.Domain.Reconciliation;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>The "Exceptions" sheet: every reconciliation finding, as the report orders them (errors first).</summary>
internal static class ExceptionsSheet
{
    /// <summary>The sheet for a report; <paramref name="councilNames"/> maps GSS codes to names.</summary>
    public static IPublishedSheet For(RoundReport report, IReadOnlyDictionary<string, string> councilNames)
    {
        TableColumn<ReconciliationFinding>[] columns =
        [
            new("Severity", 10, f => f.Severity.ToString(), RowLook: f => CellLook.For(f.Severity)),
            new("Kind", 28, f => f.Kind),
            new("GSS code", 12, f => f.LlaCode),
            new("Council", 34, f => councilNames.GetValueOrDefault(f.LlaCode)),
            new("Message", 100, f => f.Message, CellLook.Wrapped),
        ];
        return new TableSheet<ReconciliationFinding>("Exceptions", columns, report.Findings);
    }
}
