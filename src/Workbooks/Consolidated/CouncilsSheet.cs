using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>The "Councils" sheet: one row per expected council.</summary>
internal static class CouncilsSheet
{
    private static readonly TableColumn<CouncilMetrics>[] Columns =
    [
        new("GSS code", 12, (w, c, _) => w.Text(c.LlaCode)),
        new("Council", 34, (w, c, _) => w.Text(c.Name)),
        new("Nation", 16, (w, c, _) => w.Text(Labels.Of(c.Nation))),
        new("Capital allocation", 17, (w, c, s) => w.Number(c.Capital.Allocation, s.Money)),
        new("Revenue allocation", 17, (w, c, s) => w.Number(c.Revenue.Allocation, s.Money)),
        new("Total allocation", 17, (w, c, s) => w.Number(c.Total.Allocation, s.Money)),
        new("Capital actual to date", 17, (w, c, s) => w.Number(c.Capital.Actual, s.Money)),
        new("Revenue actual to date", 17, (w, c, s) => w.Number(c.Revenue.Actual, s.Money)),
        new("Total actual to date", 17, (w, c, s) => w.Number(c.Total.Actual, s.Money)),
        new("Forecast outturn", 17, (w, c, s) => w.Number(c.Total.ForecastOutturn, s.Money)),
        new("Underspend risk", 17, (w, c, s) => w.Number(c.Total.UnderspendRisk, s.Money)),
        new("Spend rate", 11, (w, c, s) => w.Number(c.Total.SpendRate, s.Percent)),
        new("Spend gap", 11, (w, c, s) => w.Number(c.SpendGap, s.Percent)),
        new("RAG", 9, (w, c, s) => w.Text(c.Rag.ToString(), s.For(c.Rag))),
        new("M&A share", 11, (w, c, s) => w.Number(c.ManagementShare, s.Percent)),
        new("Capital share", 11, (w, c, s) => w.Number(c.CapitalShare, s.Percent)),
        Projects(ProjectStatus.Planned),
        Projects(ProjectStatus.Live),
        Projects(ProjectStatus.Finished),
        Projects(ProjectStatus.ClosedEarly),
        new("Jobs (FTE)", 11, (w, c, s) => w.Number(c.JobsFte, s.OneDecimal)),
        new("Cost per job", 15, (w, c, s) => w.Number(c.CostPerJob, s.Money)),
        new("Accepted return", 11, (w, c, _) => w.Text(Labels.YesNo(c.HasAcceptedReturn))),
    ];

    /// <summary>The sheet for a report.</summary>
    public static IWorkbookTable For(RoundReport report) => new TableSheet<CouncilMetrics>("Councils", Columns, report.Councils);

    private static TableColumn<CouncilMetrics> Projects(ProjectStatus status) =>
        new($"Projects {Labels.Of(status).ToLowerInvariant()}", 11,
            (w, c, _) => w.Number(c.ProjectsByStatus.TryGetValue(status, out var n) ? n : 0));
}
