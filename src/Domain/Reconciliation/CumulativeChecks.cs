using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Validation;

namespace Ukspf.Domain.Reconciliation;

/// <summary>
/// Cumulative figures must not go down from the council's last accepted return of an earlier round unless the
/// council gave a correction reason. The earlier return is read as its <see cref="CumulativeTotals"/>.
/// </summary>
internal static class CumulativeChecks
{
    public static IEnumerable<ReconciliationFinding> Check(Council council, CouncilReturn current, CumulativeTotals earlier, Catalogue.Catalogue catalogue, RoundId round)
    {
        var since = string.IsNullOrWhiteSpace(earlier.Round) ? "the last accepted return" : $"the {earlier.Round.Trim()} return";
        return SpendDecreases(council, current, earlier, round, since)
            .Concat(IndicatorDecreases(council, current, earlier, catalogue, round.Year, since));
    }

    /// <summary>
    /// Compared over the financial years the current return covers: a return for a new year need not repeat last
    /// year's quarters, and dropping them is not a decrease.
    /// </summary>
    private static IEnumerable<ReconciliationFinding> SpendDecreases(Council council, CouncilReturn current, CumulativeTotals earlier, RoundId round, string since)
    {
        var years = current.Spend.Select(l => l.Quarter.Year).Append(round.Year).ToHashSet();
        var now = ByProject(current.Spend.Where(l => years.Contains(l.Quarter.Year)));
        var before = earlier.Spend.Where(s => years.Contains(s.Year))
            .GroupBy(s => s.ProjectRef, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Actual), StringComparer.OrdinalIgnoreCase);

        foreach (var (project, was) in before.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            var lines = now.GetValueOrDefault(project);
            var amount = lines?.Sum(l => l.Actual) ?? 0m;
            if (amount >= was || (lines?.Any(l => HasReason(l.CorrectionReason)) ?? false)) continue;
            var what = string.Equals(project, SpendLine.ManagementAndAdministration, StringComparison.OrdinalIgnoreCase) ? "management and administration" : $"project {project}";
            yield return new ReconciliationFinding(ReconciliationKinds.CumulativeDecrease, Severity.Error, council.Code,
                $"{council.Name}'s cumulative spend on {what} fell from {FindingText.Money(was)} in {since} " +
                $"to {FindingText.Money(amount)}, with no correction reason.");
        }
    }

    /// <summary>Only indicators the catalogue marks cumulative, on lines present in both returns.</summary>
    private static IEnumerable<ReconciliationFinding> IndicatorDecreases(Council council, CouncilReturn current, CumulativeTotals earlier, Catalogue.Catalogue catalogue, FinancialYear year, string since)
    {
        var now = current.IndicatorLines
            .GroupBy(l => IndicatorTotal.Key(l.ProjectRef, l.IndicatorCode))
            .ToDictionary(g => g.Key, g => g.ToList());
        var before = earlier.Indicators
            .GroupBy(t => IndicatorTotal.Key(t.ProjectRef, t.IndicatorCode))
            .ToDictionary(g => g.Key, g => g.Sum(t => t.CumulativeActual));
        foreach (var (key, was) in before.OrderBy(p => p.Key))
        {
            var indicator = catalogue.FindIndicator(key.Indicator, year);
            if (indicator is null || !indicator.Cumulative || !now.TryGetValue(key, out var lines)) continue;
            var amount = lines.Sum(l => l.CumulativeActual);
            if (amount >= was || lines.Any(l => HasReason(l.CorrectionReason))) continue;
            yield return new ReconciliationFinding(ReconciliationKinds.CumulativeDecrease, Severity.Error, council.Code,
                $"{council.Name}'s cumulative {indicator.Code} \"{indicator.Title}\" on project {lines[0].ProjectRef.Trim()} " +
                $"fell from {FindingText.Number(was)} in {since} to {FindingText.Number(amount)}, with no correction reason.");
        }
    }

    private static Dictionary<string, List<SpendLine>> ByProject(IEnumerable<SpendLine> lines) =>
        lines.GroupBy(l => l.ProjectRef.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);

    private static bool HasReason(string? reason) => !string.IsNullOrWhiteSpace(reason);
}
