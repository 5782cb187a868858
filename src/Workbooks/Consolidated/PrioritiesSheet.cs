using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>The "Priorities" sheet: spend under each investment priority.</summary>
internal static class PrioritiesSheet
{
    private static readonly TableColumn<PriorityMetrics>[] Columns =
    [
        new("Priority", 30, (w, p, _) => w.Text(Domain.Catalogue.Catalogue.TitleOf(p.Priority))),
        new("Capital actual to date", 18, (w, p, s) => w.Number(p.CapitalActual, s.Money)),
        new("Revenue actual to date", 18, (w, p, s) => w.Number(p.RevenueActual, s.Money)),
        new("Total actual to date", 18, (w, p, s) => w.Number(p.CapitalActual + p.RevenueActual, s.Money)),
        new("Forecast outturn", 18, (w, p, s) => w.Number(p.ForecastOutturn, s.Money)),
        new("Share of spend", 11, (w, p, s) => w.Number(p.ShareOfSpend, s.Percent)),
        new("Projects", 10, (w, p, _) => w.Number(p.Projects)),
    ];

    /// <summary>The sheet for a report.</summary>
    public static IWorkbookTable For(RoundReport report) => new TableSheet<PriorityMetrics>("Priorities", Columns, report.Priorities);
}
