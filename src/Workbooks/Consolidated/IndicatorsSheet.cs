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
        new("Code", 9, i => i.Code),
        new("Indicator", 60, i => i.Title, CellLook.Wrapped),
        new("Unit", 8, i => Catalogue.LabelOf(i.Unit)),
        new("Actual to date", 15, i => i.Actual, RowLook: i => CellLook.For(i.Unit)),
        new("Target", 15, i => i.Target, RowLook: i => CellLook.For(i.Unit)),
        new("Delivery", 10, i => i.Delivery, CellLook.Percent),
        new("On track", 9, i => Labels.YesNo(i.OnTrack)),
        new("Cost per unit", 15, i => i.CostPerUnit, CellLook.Money),
        new("Councils", 10, i => i.Councils),
        new("Project lines", 10, i => i.Lines),
    ];

    /// <summary>The sheet of one kind of indicator.</summary>
    public static IPublishedSheet For(RoundReport report, IndicatorKind kind) =>
        new TableSheet<IndicatorMetrics>(kind == IndicatorKind.Output ? "Outputs" : "Outcomes", Columns, report.Indicators.Where(i => i.Kind == kind).ToList());
}
