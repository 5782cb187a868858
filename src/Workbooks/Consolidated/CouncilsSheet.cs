using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>The "Councils" sheet: one row per expected council.</summary>
internal static class CouncilsSheet
{
    private static readonly TableColumn<CouncilMetrics>[] Columns =
    [
        new("GSS code", 12, c => c.LlaCode),
        new("Council", 34, c => c.Name),
        new("Nation", 16, c => Labels.Of(c.Nation)),
        new("Capital allocation", 17, c => c.Capital.Allocation, CellLook.Money),
        new("Revenue allocation", 17, c => c.Revenue.Allocation, CellLook.Money),
        new("Total allocation", 17, c => c.Total.Allocation, CellLook.Money),
        new("Capital actual to date", 17, c => c.Capital.Actual, CellLook.Money),
        new("Revenue actual to date", 17, c => c.Revenue.Actual, CellLook.Money),
        new("Total actual to date", 17, c => c.Total.Actual, CellLook.Money),
        new("Forecast outturn", 17, c => c.Total.ForecastOutturn, CellLook.Money),
        new("Underspend risk", 17, c => c.Total.UnderspendRisk, CellLook.Money),
        new("Spend rate", 11, c => c.Total.SpendRate, CellLook.Percent),
        new("Spend gap", 11, c => c.SpendGap, CellLook.Percent),
        new("RAG", 9, c => c.Rag.ToString(), RowLook: c => CellLook.For(c.Rag)),
        new("M&A share", 11, c => c.ManagementShare, CellLook.Percent),
        new("Capital share", 11, c => c.CapitalShare, CellLook.Percent),
        Projects(ProjectStatus.Planned),
        Projects(ProjectStatus.Live),
        Projects(ProjectStatus.Finished),
        Projects(ProjectStatus.ClosedEarly),
        new("Jobs (FTE)", 11, c => c.JobsFte, CellLook.OneDecimal),
        new("Cost per job", 15, c => c.CostPerJob, CellLook.Money),
        new("Accepted return", 11, c => Labels.YesNo(c.HasAcceptedReturn)),
    ];

    /// <summary>The sheet for a report.</summary>
    public static IPublishedSheet For(RoundReport report) => new TableSheet<CouncilMetrics>("Councils", Columns, report.Councils);

    private static TableColumn<CouncilMetrics> Projects(ProjectStatus status) =>
        new($"Projects {TemplateSchema.StatusLabels[(int)status].ToLowerInvariant()}", 11,
            c => c.ProjectsByStatus.TryGetValue(status, out var n) ? n : 0);
}
