using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>The "Priorities" sheet: spend under each investment priority.</summary>
internal static class PrioritiesSheet
{
    private static readonly TableColumn<PriorityMetrics>[] Columns =
    [
        new("Priority", 30, p => Domain.Catalogue.Catalogue.TitleOf(p.Priority)),
        new("Capital actual to date", 18, p => p.CapitalActual, CellLook.Money),
        new("Revenue actual to date", 18, p => p.RevenueActual, CellLook.Money),
        new("Total actual to date", 18, p => p.CapitalActual + p.RevenueActual, CellLook.Money),
        new("Forecast outturn", 18, p => p.ForecastOutturn, CellLook.Money),
        new("Share of spend", 11, p => p.ShareOfSpend, CellLook.Percent),
        new("Projects", 10, p => p.Projects),
    ];

    /// <summary>The sheet for a report.</summary>
    public static IPublishedSheet For(RoundReport report) => new TableSheet<PriorityMetrics>("Priorities", Columns, report.Priorities);
}
