using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Validation.Rules;
using Xunit;

namespace Ukspf.Domain.Tests.Validation;

public class R10VarianceRuleTests
{
    private readonly VarianceRule _rule = new();
    private readonly Ukspf.Domain.Returns.CouncilReturn _previousQuarter = ReturnBuilder.Valid(round: "2025-26-Q1").Build();

    [Fact]
    public void Passes_actuals_close_to_the_last_forecast()
    {
        var ret = ReturnBuilder.Valid().WithSpendChanged("P1", "2025-26-Q2", l => l with { CapitalActual = 12_000m }).FromWorkbook();

        Assert.Empty(_rule.Check(ret, c => c.WithPrevious(_previousQuarter)));
    }

    [Fact]
    public void Warns_about_spend_far_from_the_last_forecast_without_a_comment()
    {
        var ret = ReturnBuilder.Valid().WithSpendChanged("P1", "2025-26-Q2", l => l with { CapitalActual = 20_000m }).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret, c => c.WithPrevious(_previousQuarter)));

        Assert.Equal((RuleIds.Variance, Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Equal("Spend!G6", finding.Location.ToString());
        Assert.Equal("£25,000.00", finding.Value);
        Assert.Contains("'P1' spent £25,000.00 in 2025-26-Q2 against a forecast of £15,000.00 in your last accepted return (2025-26-Q1), 67% more", finding.Message);
        Assert.Contains("Comment column", finding.Message);
    }

    [Fact]
    public void Accepts_a_large_variance_that_is_explained()
    {
        var ret = ReturnBuilder.Valid()
            .WithSpendChanged("P1", "2025-26-Q2", l => l with { CapitalActual = 20_000m, Comment = "Works brought forward" })
            .FromWorkbook();

        Assert.Empty(_rule.Check(ret, c => c.WithPrevious(_previousQuarter)));
    }

    [Fact]
    public void Warns_about_an_output_far_from_its_forecast_without_a_comment()
    {
        var ret = ReturnBuilder.Valid().WithOutputChanged("P1", "CP-O13", l => l with { CumulativeActual = 140m, Forecast = 200m }).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Outputs!G5", finding.Location.ToString());
        Assert.Contains("CP-O13 for project 'P1' is 140 to date against a forecast of 200, 30% less", finding.Message);
    }

    [Fact]
    public void Passes_an_output_within_its_tolerance()
    {
        var ret = ReturnBuilder.Valid().WithOutputChanged("P1", "CP-O13", l => l with { CumulativeActual = 150m, Forecast = 200m }).FromWorkbook();

        Assert.Empty(_rule.Check(ret));
    }
}
