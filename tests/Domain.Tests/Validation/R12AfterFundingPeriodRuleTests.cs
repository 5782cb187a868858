using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Validation.Rules;
using Xunit;

namespace Ukspf.Domain.Tests.Validation;

public class R12AfterFundingPeriodRuleTests
{
    private readonly AfterFundingPeriodRule _rule = new();

    [Fact]
    public void Passes_spend_within_the_funding_period()
    {
        Assert.Empty(_rule.Check(ReturnBuilder.Valid(round: "2024-25-Q4").FromWorkbook()));
    }

    [Fact]
    public void Rejects_actual_spend_in_a_quarter_after_the_funding_period_ends()
    {
        var ret = ReturnBuilder.Valid(round: "2024-25-Q4").WithSpend("P1", "2025-26-Q1", revenueActual: 3_000m).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret));

        Assert.Equal((RuleIds.AfterFundingPeriod, Severity.Error), (finding.RuleId, finding.Severity));
        Assert.Equal("Spend!D13", finding.Location.ToString());
        Assert.Equal("£3,000.00", finding.Value);
        Assert.Contains("'P1' shows £3,000.00 spent in 2025-26-Q1, after the 2022-25 funding period ended on 31 March 2025", finding.Message);
    }
}
