using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>
/// The "Outputs" and "Outcomes" sheets. Actual, target, delivery and cost are left empty where the report has none
/// (percentages and perception measures cannot be summed), never written as zero.
/// </summary>
internal static class IndicatorsSheet
{
    private static readonly TableColumn<IndicatorMetrics>[] Columns =
    [
        new("Code", 9, (w, i, _) => w.Text(i.Code)),
        new("Indicator", 60, (w, i, s) => w.Text(i.Title, s.Wrap)),
        new("Unit", 8, (w, i, _) => w.Text(Labels.Of(i.Unit))),
        new("Actual to date", 15, (w, i, s) => w.Number(i.Actual, s.For(i.Unit))),
        new("Target", 15, (w, i, s) => w.Number(i.Target, s.For(i.Unit))),
        new("Delivery", 10, (w, i, s) => w.Number(i.Delivery, s.Percent)),
        new("On track", 9, (w, i, _) => w.Text(Labels.YesNo(i.OnTrack))),
        new("Cost per unit", 15, (w, i, s) => w.Number(i.CostPerUnit, s.Money)),
        new("Councils", 10, (w, i, _) => w.Number(i.Councils)),
        new("Project lines", 10, (w, i, _) => w.Number(i.Lines)),
    ];

    /// <summary>The sheet of one kind of indicator.</summary>
    public static IWorkbookTable For(RoundReport report, IndicatorKind kind)
    {
        var rows = new List<IndicatorMetrics>();
        foreach (var indicator in report.Indicators)
        {
            if (indicator.Kind == kind) rows.Add(indicator);
        }

        return new TableSheet<IndicatorMetrics>(kind == IndicatorKind.Output ? "Outputs" : "Outcomes", Columns, rows);
    }
}
