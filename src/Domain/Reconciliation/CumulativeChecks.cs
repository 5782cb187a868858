using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Validation;

namespace Ukspf.Domain.Reconciliation;

/// <summary>
/// Cumulative figures must not go down from the council's last accepted return of an earlier round unless the
/// council gave a correction reason.
/// </summary>
internal static class CumulativeChecks
{
    public static IEnumerable<ReconciliationFinding> Check(Council council, CouncilReturn current, CouncilReturn earlier, Catalogue.Catalogue catalogue, RoundId round)
    {
        var since = string.IsNullOrWhiteSpace(earlier.Metadata.Round) ? "the last accepted return" : $"the {earlier.Metadata.Round.Trim()} return";
        return SpendDecreases(council, current, earlier, round, since)
            .Concat(IndicatorDecreases(council, current, earlier, catalogue, round.Year, since));
    }

    /// <summary>
    /// Compared over the financial years the current return covers: a return for a new year need not repeat last
    /// year's quarters, and dropping them is not a decrease.
    /// </summary>
    private static IEnumerable<ReconciliationFinding> SpendDecreases(Council council, CouncilReturn current, CouncilReturn earlier, RoundId round, string since)
    {
        var years = current.Spend.Select(l => l.Quarter.Year).Append(round.Year).ToHashSet();
        var now = ByProject(current.Spend.Where(l => years.Contains(l.Quarter.Year)));
        var before = ByProject(earlier.Spend.Where(l => years.Contains(l.Quarter.Year)));

        foreach (var (project, was) in before.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            var lines = now.GetValueOrDefault(project);
            var amount = lines?.Sum(l => l.Actual) ?? 0m;
            if (amount >= was.Sum(l => l.Actual) || (lines?.Any(l => HasReason(l.CorrectionReason)) ?? false)) continue;
            var what = string.Equals(project, SpendLine.ManagementAndAdministration, StringComparison.OrdinalIgnoreCase) ? "management and administration" : $"project {project}";
            yield return new ReconciliationFinding(ReconciliationKinds.CumulativeDecrease, Severity.Error, council.Code,
                $"{council.Name}'s cumulative spend on {what} fell from {FindingText.Money(was.Sum(l => l.Actual))} in {since} " +
                $"to {FindingText.Money(amount)}, with no correction reason.");
        }
    }

    /// <summary>Only indicators the catalogue marks cumulative, on lines present in both returns.</summary>
    private static IEnumerable<ReconciliationFinding> IndicatorDecreases(Council council, CouncilReturn current, CouncilReturn earlier, Catalogue.Catalogue catalogue, FinancialYear year, string since)
    {
        var now = ByProjectAndIndicator(current.IndicatorLines);
        foreach (var (key, was) in ByProjectAndIndicator(earlier.IndicatorLines).OrderBy(p => p.Key))
        {
            var indicator = catalogue.FindIndicator(key.Indicator, year);
            if (indicator is null || !indicator.Cumulative || !now.TryGetValue(key, out var lines)) continue;
            var before = was.Sum(l => l.CumulativeActual);
            var amount = lines.Sum(l => l.CumulativeActual);
            if (amount >= before || lines.Any(l => HasReason(l.CorrectionReason))) continue;
            yield return new ReconciliationFinding(ReconciliationKinds.CumulativeDecrease, Severity.Error, council.Code,
                $"{council.Name}'s cumulative {indicator.Code} \"{indicator.Title}\" on project {lines[0].ProjectRef.Trim()} " +
                $"fell from {FindingText.Number(before)} in {since} to {FindingText.Number(amount)}, with no correction reason.");
        }
    }

    private static Dictionary<string, List<SpendLine>> ByProject(IEnumerable<SpendLine> lines) =>
        lines.GroupBy(l => l.ProjectRef.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);

    private static Dictionary<(string Project, string Indicator), List<IndicatorLine>> ByProjectAndIndicator(IEnumerable<IndicatorLine> lines) =>
        lines.GroupBy(l => (l.ProjectRef.Trim().ToUpperInvariant(), l.IndicatorCode.Trim().ToUpperInvariant()))
            .ToDictionary(g => g.Key, g => g.ToList());

    private static bool HasReason(string? reason) => !string.IsNullOrWhiteSpace(reason);
}
