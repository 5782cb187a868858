using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;

namespace Ukspf.Domain.Validation.Rules;

/// <summary>
/// R04: figures to date never go down against the last accepted return unless a correction reason is given. Spend is
/// compared per project, capital and revenue separately, summed over the financial year's quarters (each year's return
/// starts again from nothing, so only returns of the same year are compared); cumulative indicators per project and
/// indicator.
/// </summary>
public sealed class CumulativeRule : IValidationRule
{
    private static readonly (string Key, string Label, Func<SpendLine, decimal> Amount)[] Columns =
    [
        ("CapitalActual", "capital", l => l.CapitalActual),
        ("RevenueActual", "revenue", l => l.RevenueActual),
    ];

    /// <inheritdoc />
    public string Id => RuleIds.Cumulative;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.Previous is not { } previous || context.Round is null) yield break;
        var previousRound = previous.Metadata.Round;
        if (RoundId.TryParse(previousRound, out var previousId) && previousId.Year == context.Round.Id.Year)
            foreach (var finding in Spend(context.Return, previous, previousRound)) yield return finding;
        foreach (var finding in Indicators(context, previous, previousRound)) yield return finding;
    }

    private static IEnumerable<Finding> Spend(CouncilReturn current, CouncilReturn previous, string previousRound)
    {
        // Lines are grouped once by project, so the rule stays linear in the size of the returns.
        var nowByProject = current.Spend.ToLookup(l => l.ProjectRef.Trim(), StringComparer.OrdinalIgnoreCase);
        var beforeByProject = previous.Spend.ToLookup(l => l.ProjectRef.Trim(), StringComparer.OrdinalIgnoreCase);
        var projects = previous.Spend.Select(l => l.ProjectRef.Trim()).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var project in projects)
        {
            var now = nowByProject[project].ToList();
            var before = beforeByProject[project].ToList();
            if (now.Any(l => !string.IsNullOrWhiteSpace(l.CorrectionReason))) continue;
            foreach (var (key, label, amount) in Columns)
            {
                var (nowTotal, beforeTotal) = (now.Sum(amount), before.Sum(amount));
                if (nowTotal >= beforeTotal) continue;
                yield return new Finding(RuleIds.Cumulative, Severity.Error, Location(now, before, key, amount), Figures.Money(nowTotal),
                    $"Actual {label} spend to date for project '{project}' is now {Figures.Money(nowTotal)}, lower than the {Figures.Money(beforeTotal)} in your last accepted return ({previousRound}). "
                    + "If you are correcting an earlier figure, give the reason in the Correction reason column.");
            }
        }
    }

    /// <summary>The line whose amount fell most against the same quarter before; the Spend sheet when the lines are gone.</summary>
    private static CellLocation Location(List<SpendLine> now, List<SpendLine> before, string key, Func<SpendLine, decimal> amount)
    {
        var worst = now
            .Select(l => (Line: l, Drop: before.Where(b => b.Quarter == l.Quarter).Sum(amount) - amount(l)))
            .OrderByDescending(x => x.Drop)
            .FirstOrDefault();
        return worst.Line is null ? new CellLocation(TemplateSchema.Sheets.Spend) : Where.At(worst.Line, key);
    }

    private static IEnumerable<Finding> Indicators(ValidationContext context, CouncilReturn previous, string previousRound)
    {
        var before = previous.IndicatorLines
            .GroupBy(l => (Project: l.ProjectRef.Trim().ToUpperInvariant(), Code: l.IndicatorCode.Trim().ToUpperInvariant()))
            .ToDictionary(g => g.Key, g => g.Max(l => l.CumulativeActual));
        foreach (var (line, sheet) in Where.IndicatorLines(context.Return))
        {
            var indicator = context.Catalogue.FindIndicator(line.IndicatorCode, context.Round!.Id.Year);
            if (indicator is not { Cumulative: true } || !string.IsNullOrWhiteSpace(line.CorrectionReason)) continue;
            if (!before.TryGetValue((line.ProjectRef.Trim().ToUpperInvariant(), line.IndicatorCode.Trim().ToUpperInvariant()), out var earlier)) continue;
            if (line.CumulativeActual >= earlier) continue;
            yield return new Finding(RuleIds.Cumulative, Severity.Error, Where.At(line, "CumulativeActual", sheet), Figures.Number(line.CumulativeActual),
                $"{indicator.Code} ({indicator.Title}) for project '{line.ProjectRef}' is now {Figures.Number(line.CumulativeActual)} to date, lower than the {Figures.Number(earlier)} in your last accepted return ({previousRound}). "
                + "Figures to date cannot go down; if you are correcting an earlier figure, give the reason in the Correction reason column.");
        }
    }
}
