using System.Runtime.InteropServices;
using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Validation;

namespace Ukspf.Domain.Reconciliation;

/// <summary>A returning council's spend against its allocation, and outputs against spend.</summary>
/// <remarks>One instance checks one round, council after council, reusing its table of spend per project.</remarks>
internal sealed class SpendChecks(AllocationBook allocations, Round round)
{
    private readonly Dictionary<string, decimal> _spendByProject = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Adds the council's findings to <paramref name="findings"/>. Without an allocation for the year nothing else
    /// about spend can be judged, so that is the only finding of spend then.
    /// </summary>
    public void Check(Council council, CouncilMetrics metrics, CouncilReturn accepted, List<ReconciliationFinding> findings)
    {
        var year = round.Id.Year;
        if (!allocations.Has(council.Code, year))
        {
            findings.Add(new ReconciliationFinding(ReconciliationKinds.NoAllocation, Severity.Error, council.Code,
                $"{council.Name} has returned for {round.Id} but no allocation for {year} is loaded, " +
                $"so its spend of {FindingText.Money(metrics.Total.Actual)} cannot be checked."));
        }
        else
        {
            OverAllocation(council, metrics.Capital, "capital", year, findings);
            OverAllocation(council, metrics.Revenue, "revenue", year, findings);
            UnderspendRisk(council, metrics, year, findings);
        }
        OutputsWithoutSpend(council, accepted, findings);
    }

    private static void OverAllocation(Council council, SpendFigures figures, string spendType, FinancialYear year, List<ReconciliationFinding> findings)
    {
        if (figures.Actual <= figures.Allocation) return;
        findings.Add(new ReconciliationFinding(ReconciliationKinds.OverAllocation, Severity.Error, council.Code, figures.Allocation > 0m
            ? $"{council.Name} has spent {FindingText.Money(figures.Actual)} of {FindingText.Money(figures.Allocation)} {spendType} allocation " +
              $"({FindingText.Percent(figures.Actual, figures.Allocation)})."
            : $"{council.Name} has spent {FindingText.Money(figures.Actual)} {spendType} but has no {spendType} allocation for {year}."));
    }

    private static void UnderspendRisk(Council council, CouncilMetrics metrics, FinancialYear year, List<ReconciliationFinding> findings)
    {
        var total = metrics.Total;
        if (metrics.Rag != Rag.Red || total.UnderspendRisk <= 0m || total.Allocation <= 0m) return;
        findings.Add(new ReconciliationFinding(ReconciliationKinds.UnderspendRisk, Severity.Warning, council.Code,
            $"{council.Name} forecasts spending {FindingText.Money(total.ForecastOutturn)} of its {FindingText.Money(total.Allocation)} " +
            $"allocation for {year} ({FindingText.Percent(total.ForecastOutturn, total.Allocation)}), " +
            $"leaving {FindingText.Money(total.UnderspendRisk)} at risk of being lost."));
    }

    /// <summary>
    /// Outputs need money behind them: any actual spend on the project, in any year of the return, will do. Projects
    /// are compared trimmed and ignoring case, and listed in the order their first output without spend comes.
    /// </summary>
    private void OutputsWithoutSpend(Council council, CouncilReturn accepted, List<ReconciliationFinding> findings)
    {
        _spendByProject.Clear();
        foreach (var line in accepted.Spend)
            CollectionsMarshal.GetValueRefOrAddDefault(_spendByProject, line.ProjectRef.Trim(), out _) += line.Actual;

        // Made only for a council that has such outputs, which few have.
        List<(string Project, List<IndicatorLine> Outputs)>? unfunded = null;
        Dictionary<string, int>? at = null;
        foreach (var output in accepted.Outputs)
        {
            if (output.CumulativeActual <= 0m) continue;
            var project = output.ProjectRef.Trim();
            if (_spendByProject.GetValueOrDefault(project) != 0m) continue;
            unfunded ??= [];
            at ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            if (at.TryGetValue(project, out var i)) unfunded[i].Outputs.Add(output);
            else
            {
                at.Add(project, unfunded.Count);
                unfunded.Add((project, [output]));
            }
        }

        foreach (var (key, outputs) in unfunded ?? [])
        {
            var name = accepted.Projects.FirstOrDefault(p => string.Equals(p.Ref.Trim(), key, StringComparison.OrdinalIgnoreCase))?.Name;
            var project = string.IsNullOrWhiteSpace(name) ? $"project {key}" : $"project {key} \"{name.Trim()}\"";
            var figures = string.Join(", ", outputs.Select(o => $"{FindingText.Number(o.CumulativeActual)} of {o.IndicatorCode.Trim()}"));
            findings.Add(new ReconciliationFinding(ReconciliationKinds.OutputsWithoutSpend, Severity.Warning, council.Code,
                $"{council.Name} reports outputs on {project} ({figures}) but no actual spend against it."));
        }
    }
}
