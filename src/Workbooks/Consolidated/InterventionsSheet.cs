using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>The "Interventions" sheet: spend under each intervention with projects.</summary>
internal static class InterventionsSheet
{
    private static readonly TableColumn<InterventionMetrics>[] Columns =
    [
        new("Code", 9, i => i.Code),
        new("Intervention", 60, i => i.Title, CellLook.Wrapped),
        new("Priority", 28, i => Domain.Catalogue.Catalogue.TitleOf(i.Priority)),
        new("Actual to date", 18, i => i.Actual, CellLook.Money),
        new("Forecast outturn", 18, i => i.ForecastOutturn, CellLook.Money),
        new("Projects", 10, i => i.Projects),
        new("Councils", 10, i => i.Councils),
    ];

    /// <summary>The sheet for a report.</summary>
    public static IPublishedSheet For(RoundReport report) => new TableSheet<InterventionMetrics>("Interventions", Columns, report.Interventions);
}
