using Ukspf.Domain.Returns;

namespace Ukspf.Domain.Validation.Rules;

/// <summary>
/// R10 (warning): a large variance against forecast with no comment. Spend: each line of the round's own quarters
/// against the forecast the last accepted return gave for that project and quarter. Outputs and outcomes: each line's
/// figure to date against its own forecast to date. A forecast of nothing followed by an actual counts as a variance.
/// </summary>
public sealed class VarianceRule : IValidationRule
{
    /// <inheritdoc />
    public string Id => RuleIds.Variance;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ValidationContext context) => Spend(context).Concat(Indicators(context));

    private static IEnumerable<Finding> Spend(ValidationContext context)
    {
        if (context.Previous is not { } previous || context.Round is null) yield break;
        var quarters = context.Round.Id.Quarters().ToHashSet();
        var tolerance = context.Settings.SpendVarianceTolerance;
        // The previous return's lines are grouped once, so the rule stays linear in the size of the returns.
        var previousLines = previous.Spend.ToLookup(p => (p.ProjectRef.Trim().ToUpperInvariant(), p.Quarter));
        foreach (var line in context.Return.Spend.Where(l => quarters.Contains(l.Quarter) && string.IsNullOrWhiteSpace(l.Comment)))
        {
            var before = previousLines[(line.ProjectRef.Trim().ToUpperInvariant(), line.Quarter)].ToList();
            // Where the last return already gave an actual for the quarter there was no forecast to compare with.
            if (before.Count == 0 || before.Any(p => p.Actual != 0)) continue;
            var forecast = before.Sum(p => p.Forecast);
            if (!Exceeds(line.Actual, forecast, tolerance)) continue;
            yield return new Finding(RuleIds.Variance, Severity.Warning, Where.At(line, "Comment"), Figures.Money(line.Actual),
                $"'{line.ProjectRef}' spent {Figures.Money(line.Actual)} in {line.Quarter} against a forecast of {Figures.Money(forecast)} in your last accepted return ({previous.Metadata.Round}), "
                + $"{Describe(line.Actual, forecast)}. Please explain the difference in the Comment column.");
        }
    }

    private static IEnumerable<Finding> Indicators(ValidationContext context)
    {
        var tolerance = context.Settings.OutputVarianceTolerance;
        foreach (var (line, sheet) in Where.IndicatorLines(context.Return))
        {
            if (line.Forecast is not { } forecast || !string.IsNullOrWhiteSpace(line.Comment)) continue;
            if (!Exceeds(line.CumulativeActual, forecast, tolerance)) continue;
            yield return new Finding(RuleIds.Variance, Severity.Warning, Where.At(line, "Comment", sheet), Figures.Number(line.CumulativeActual),
                $"{line.IndicatorCode} for project '{line.ProjectRef}' is {Figures.Number(line.CumulativeActual)} to date against a forecast of {Figures.Number(forecast)}, "
                + $"{Describe(line.CumulativeActual, forecast)}. Please explain the difference in the Comment column.");
        }
    }

    private static bool Exceeds(decimal actual, decimal forecast, decimal tolerance) =>
        Math.Abs(actual - forecast) > tolerance * Math.Abs(forecast);

    private static string Describe(decimal actual, decimal forecast) => forecast == 0
        ? "where nothing was forecast"
        : $"{Figures.Percent(Saturating.Divide(Math.Abs(actual - forecast), Math.Abs(forecast)))} {(actual > forecast ? "more" : "less")}";
}
