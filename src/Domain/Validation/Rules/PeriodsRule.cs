using Ukspf.Domain.Returns;

namespace Ukspf.Domain.Validation.Rules;

/// <summary>
/// R07: every spend line is for a quarter of the round's financial year; quarters that ended by the end of the round
/// have actuals and no forecast, quarters still to come have forecasts and no actual.
/// </summary>
public sealed class PeriodsRule : IValidationRule
{
    /// <inheritdoc />
    public string Id => RuleIds.Periods;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.Round is null) yield break;
        var round = context.Round.Id;
        foreach (var line in context.Return.Spend)
        {
            var quarter = line.Quarter;
            if (quarter.Year != round.Year)
            {
                yield return Error(Where.At(line, "Quarter"), quarter.ToString(),
                    $"Quarter {quarter} is not in {round.Year}, the financial year this return covers. Report only the quarters of {round.Year}.");
                continue;
            }

            var ended = quarter.End <= round.End;
            var (capitalKey, capital, revenueKey, revenue) = ended
                ? ("CapitalForecast", line.CapitalForecast, "RevenueForecast", line.RevenueForecast)
                : ("CapitalActual", line.CapitalActual, "RevenueActual", line.RevenueActual);
            foreach (var (key, amount, label) in new[] { (capitalKey, capital, "capital"), (revenueKey, revenue, "revenue") })
            {
                if (amount == 0) continue;
                yield return Error(Where.At(line, key), Figures.Money(amount), ended
                    ? $"{quarter} has ended (this return covers up to {Figures.Date(round.End)}), so '{line.ProjectRef}' needs its actual {label} spend for it, not a forecast of {Figures.Money(amount)}. Enter what was spent as the actual and clear the forecast."
                    : $"{quarter} has not ended by {Figures.Date(round.End)}, the end of this return's period, so '{line.ProjectRef}' can have a {label} forecast for it but not an actual of {Figures.Money(amount)}. Enter the amount as a forecast.");
            }
        }
    }

    private static Finding Error(CellLocation where, string value, string message) => new(RuleIds.Periods, Severity.Error, where, value, message);
}
