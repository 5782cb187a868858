namespace Ukspf.Domain.Validation.Rules;

/// <summary>R12: no actual spend in a quarter that starts after the round's funding period ends; that money is lost.</summary>
public sealed class AfterFundingPeriodRule : IValidationRule
{
    /// <inheritdoc />
    public string Id => RuleIds.AfterFundingPeriod;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.Round is null) yield break;
        var period = context.Round.FundingPeriod;
        foreach (var line in context.Return.Spend.Where(l => l.Quarter.Start > period.End))
            foreach (var (key, amount) in new[] { ("CapitalActual", line.CapitalActual), ("RevenueActual", line.RevenueActual) })
            {
                if (amount == 0) continue;
                yield return new Finding(RuleIds.AfterFundingPeriod, Severity.Error, Where.At(line, key), Figures.Money(amount),
                    $"'{line.ProjectRef}' shows {Figures.Money(amount)} spent in {line.Quarter}, after the {period} funding period ended on {Figures.Date(period.End)}. "
                    + "Money not spent by then cannot be claimed from this allocation; remove it or move it to the quarter it was really spent in.");
            }
    }
}
