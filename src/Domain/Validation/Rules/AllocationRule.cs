using Ukspf.Domain.Allocations;
using Ukspf.Domain.Returns;

namespace Ukspf.Domain.Validation.Rules;

/// <summary>
/// R05: actual spend in the round's financial year within the council's allocation for that year, capital and revenue
/// separately (all fund lines together); management and administration at most the allowed share of the allocation;
/// a warning when the capital share of actual spend is below the year's minimum, where one is set.
/// </summary>
public sealed class AllocationRule : IValidationRule
{
    /// <inheritdoc />
    public string Id => RuleIds.Allocation;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.Council is not { } council || context.Round is null) yield break;
        var year = context.Round.Id.Year;
        var ret = context.Return;
        if (!context.Allocations.Has(council.Code, year))
        {
            yield return new Finding(RuleIds.Allocation, Severity.Warning, Where.Total(ret, "CapitalActual"), null,
                $"No allocation is recorded for {council.Name} in {year}, so spend could not be checked against it. The fund manager needs to load it.");
            yield break;
        }

        var lines = ret.Spend.Where(l => l.Quarter.Year == year).ToList();
        var capital = lines.Sum(l => l.CapitalActual);
        var revenue = lines.Sum(l => l.RevenueActual);
        var capitalAllocation = context.Allocations.Amount(council.Code, year, SpendType.Capital);
        var revenueAllocation = context.Allocations.Amount(council.Code, year, SpendType.Revenue);

        if (capital > capitalAllocation) yield return OverAllocation(ret, "CapitalActual", "capital", capital, capitalAllocation, year.ToString());
        if (revenue > revenueAllocation) yield return OverAllocation(ret, "RevenueActual", "revenue", revenue, revenueAllocation, year.ToString());

        var management = lines.Where(l => l.IsManagementAndAdministration).ToList();
        var managementSpend = management.Sum(l => l.Actual);
        var managementLimit = context.Settings.MaxManagementShare * (capitalAllocation + revenueAllocation);
        if (managementSpend > managementLimit)
        {
            var largest = management.OrderByDescending(l => l.Actual).First();
            yield return new Finding(RuleIds.Allocation, Severity.Error,
                Where.At(largest, largest.RevenueActual >= largest.CapitalActual ? "RevenueActual" : "CapitalActual"), Figures.Money(managementSpend),
                $"Management and administration spend in {year} is {Figures.Money(managementSpend)}, more than {Figures.Percent(context.Settings.MaxManagementShare)} of your allocation "
                + $"({Figures.Money(managementLimit)} of {Figures.Money(capitalAllocation + revenueAllocation)}). Move the excess to project lines where it was spent on delivery, or reduce it.");
        }

        if (context.Settings.MinimumCapitalShareByYear.TryGetValue(year.StartYear, out var minimum) && capital + revenue > 0)
        {
            var share = capital / (capital + revenue);
            if (share < minimum)
                yield return new Finding(RuleIds.Allocation, Severity.Warning, Where.Total(ret, "CapitalActual"), Figures.Money(capital),
                    $"Capital is {Figures.Percent(share)} of actual spend in {year} ({Figures.Money(capital)} of {Figures.Money(capital + revenue)}), below the minimum capital share of {Figures.Percent(minimum)} for the year.");
        }
    }

    private static Finding OverAllocation(CouncilReturn ret, string key, string label, decimal spent, decimal allocation, string year) =>
        new(RuleIds.Allocation, Severity.Error, Where.Total(ret, key), Figures.Money(spent),
            $"Actual {label} spend in {year} is {Figures.Money(spent)}, more than your {label} allocation of {Figures.Money(allocation)} (over by {Figures.Money(spent - allocation)}). "
            + $"Check the {label} figures, or ask your fund manager about the allocation.");
}
