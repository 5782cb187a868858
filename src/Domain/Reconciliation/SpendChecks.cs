using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Validation;

namespace Ukspf.Domain.Reconciliation;

/// <summary>A returning council's spend against its allocation, and outputs against spend.</summary>
internal static class SpendChecks
{
    /// <summary>
    /// Without an allocation for the year nothing else about spend can be judged, so that is the only finding then.
    /// </summary>
    public static IEnumerable<ReconciliationFinding> Check(Council council, CouncilMetrics metrics, CouncilReturn accepted, AllocationBook allocations, Round round)
    {
        var year = round.Id.Year;
        if (!allocations.Has(council.Code, year))
        {
            yield return new ReconciliationFinding(ReconciliationKinds.NoAllocation, Severity.Error, council.Code,
                $"{council.Name} has returned for {round.Id} but no allocation for {year} is loaded, " +
                $"so its spend of {FindingText.Money(metrics.Total.Actual)} cannot be checked.");
        }
        else
        {
            foreach (var finding in OverAllocation(council, metrics.Capital, "capital", year)) yield return finding;
            foreach (var finding in OverAllocation(council, metrics.Revenue, "revenue", year)) yield return finding;
            foreach (var finding in UnderspendRisk(council, metrics, year)) yield return finding;
        }
        foreach (var finding in OutputsWithoutSpend(council, accepted)) yield return finding;
    }

    private static IEnumerable<ReconciliationFinding> OverAllocation(Council council, SpendFigures figures, string spendType, FinancialYear year)
    {
        if (figures.Actual <= figures.Allocation) yield break;
        yield return new ReconciliationFinding(ReconciliationKinds.OverAllocation, Severity.Error, council.Code, figures.Allocation > 0m
            ? $"{council.Name} has spent {FindingText.Money(figures.Actual)} of {FindingText.Money(figures.Allocation)} {spendType} allocation " +
              $"({FindingText.Percent(figures.Actual, figures.Allocation)})."
            : $"{council.Name} has spent {FindingText.Money(figures.Actual)} {spendType} but has no {spendType} allocation for {year}.");
    }

    private static IEnumerable<ReconciliationFinding> UnderspendRisk(Council council, CouncilMetrics metrics, FinancialYear year)
    {
        var total = metrics.Total;
        if (metrics.Rag != Rag.Red || total.UnderspendRisk <= 0m || total.Allocation <= 0m) yield break;
        yield return new ReconciliationFinding(ReconciliationKinds.UnderspendRisk, Severity.Warning, council.Code,
            $"{council.Name} forecasts spending {FindingText.Money(total.ForecastOutturn)} of its {FindingText.Money(total.Allocation)} " +
            $"allocation for {year} ({FindingText.Percent(total.ForecastOutturn, total.Allocation)}), " +
            $"leaving {FindingText.Money(total.UnderspendRisk)} at risk of being lost.");
    }

    /// <summary>Outputs need money behind them: any actual spend on the project, in any year of the return, will do.</summary>
    private static IEnumerable<ReconciliationFinding> OutputsWithoutSpend(Council council, CouncilReturn accepted)
    {
        var spendByProject = accepted.Spend
            .GroupBy(l => l.ProjectRef.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Actual), StringComparer.OrdinalIgnoreCase);
        var projectsWithOutputs = accepted.Outputs
            .Where(o => o.CumulativeActual > 0m)
            .GroupBy(o => o.ProjectRef.Trim(), StringComparer.OrdinalIgnoreCase);

        foreach (var outputs in projectsWithOutputs)
        {
            if (spendByProject.GetValueOrDefault(outputs.Key) != 0m) continue;
            var name = accepted.Projects.FirstOrDefault(p => string.Equals(p.Ref.Trim(), outputs.Key, StringComparison.OrdinalIgnoreCase))?.Name;
            var project = string.IsNullOrWhiteSpace(name) ? $"project {outputs.Key}" : $"project {outputs.Key} \"{name.Trim()}\"";
            var figures = string.Join(", ", outputs.Select(o => $"{FindingText.Number(o.CumulativeActual)} of {o.IndicatorCode.Trim()}"));
            yield return new ReconciliationFinding(ReconciliationKinds.OutputsWithoutSpend, Severity.Warning, council.Code,
                $"{council.Name} reports outputs on {project} ({figures}) but no actual spend against it.");
        }
    }
}
