using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>The "Interventions" sheet: spend under each intervention with projects.</summary>
internal static class InterventionsSheet
{
    private static readonly TableColumn<InterventionMetrics>[] Columns =
    [
        new("Code", 9, (w, i, _) => w.Text(i.Code)),
        new("Intervention", 60, (w, i, s) => w.Text(i.Title, s.Wrap)),
        new("Priority", 28, (w, i, _) => w.Text(Domain.Catalogue.Catalogue.TitleOf(i.Priority))),
        new("Actual to date", 18, (w, i, s) => w.Number(i.Actual, s.Money)),
        new("Forecast outturn", 18, (w, i, s) => w.Number(i.ForecastOutturn, s.Money)),
        new("Projects", 10, (w, i, _) => w.Number(i.Projects)),
        new("Councils", 10, (w, i, _) => w.Number(i.Councils)),
    ];

    /// <summary>The sheet for a report.</summary>
    public static IWorkbookTable For(RoundReport report) => new TableSheet<InterventionMetrics>("Interventions", Columns, report.Interventions);
}
