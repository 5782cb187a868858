using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Validation.Rules;
using Xunit;

namespace Ukspf.Domain.Tests.Validation;

public class R07PeriodsRuleTests
{
    private readonly PeriodsRule _rule = new();

    [Fact]
    public void Passes_actuals_for_ended_quarters_and_forecasts_for_quarters_to_come()
    {
        Assert.Empty(_rule.Check(ReturnBuilder.Valid().FromWorkbook()));
    }

    [Fact]
    public void Rejects_a_forecast_for_a_quarter_that_has_ended()
    {
        var ret = ReturnBuilder.Valid().WithSpendChanged("P1", "2025-26-Q1", l => l with { CapitalForecast = 4_000m }).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret));

        Assert.Equal((RuleIds.Periods, Severity.Error), (finding.RuleId, finding.Severity));
        Assert.Equal("Spend!E5", finding.Location.ToString());
        Assert.Equal("£4,000.00", finding.Value);
        Assert.Contains("2025-26-Q1 has ended (this return covers up to 30 September 2025)", finding.Message);
        Assert.Contains("not a forecast of £4,000.00", finding.Message);
    }

    [Fact]
    public void Rejects_an_actual_for_a_quarter_still_to_come()
    {
        var ret = ReturnBuilder.Valid().WithSpendChanged("P1", "2025-26-Q3", l => l with { RevenueActual = 750m }).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret));

        Assert.Equal("Spend!D7", finding.Location.ToString());
        Assert.Contains("2025-26-Q3 has not ended by 30 September 2025", finding.Message);
        Assert.Contains("not an actual of £750.00", finding.Message);
    }

    [Fact]
    public void Rejects_a_quarter_outside_the_rounds_financial_year()
    {
        var ret = ReturnBuilder.Valid().WithSpend("P1", "2024-25-Q4", capitalActual: 1_000m).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret));

        Assert.Equal("Spend!B13", finding.Location.ToString());
        Assert.Equal("2024-25-Q4", finding.Value);
        Assert.Contains("Quarter 2024-25-Q4 is not in 2025-26", finding.Message);
    }
}
