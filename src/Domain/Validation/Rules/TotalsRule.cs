using Ukspf.Domain.Returns;

namespace Ukspf.Domain.Validation.Rules;

/// <summary>R06: the Spend lines add up to the totals the workbook declares, within the rounding tolerance.</summary>
public sealed class TotalsRule : IValidationRule
{
    /// <inheritdoc />
    public string Id => RuleIds.Totals;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.Return.Totals is not { } totals) yield break;
        var checks = new (string Key, string Label, decimal? Declared, Func<SpendLine, decimal> Amount)[]
        {
            ("CapitalActual", "capital actual", totals.CapitalActual, l => l.CapitalActual),
            ("RevenueActual", "revenue actual", totals.RevenueActual, l => l.RevenueActual),
            ("CapitalForecast", "capital forecast", totals.CapitalForecast, l => l.CapitalForecast),
            ("RevenueForecast", "revenue forecast", totals.RevenueForecast, l => l.RevenueForecast),
        };
        foreach (var (key, label, declared, amount) in checks)
        {
            if (declared is null) continue;
            var sum = context.Return.Spend.Sum(amount);
            var difference = Math.Abs(sum - declared.Value);
            if (difference <= context.Settings.RoundingTolerance) continue;
            yield return new Finding(RuleIds.Totals, Severity.Error, Where.Total(context.Return, key), Figures.Money(declared.Value),
                $"The Spend lines add up to {Figures.Money(sum)} of {label}, but the total shows {Figures.Money(declared.Value)} (a difference of {Figures.Money(difference)}). "
                + "Check that the total covers every row and that every amount is typed as a number.");
        }
    }
}
