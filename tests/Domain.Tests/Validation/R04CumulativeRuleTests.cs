using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Validation.Rules;
using Xunit;

namespace Ukspf.Domain.Tests.Validation;

public class R04CumulativeRuleTests
{
    private readonly CumulativeRule _rule = new();
    private readonly Ukspf.Domain.Returns.CouncilReturn _previousQuarter = ReturnBuilder.Valid(round: "2025-26-Q1").Build();

    [Fact]
    public void Passes_figures_that_have_grown_since_the_last_accepted_return()
    {
        Assert.Empty(_rule.Check(ReturnBuilder.Valid().FromWorkbook(), c => c.WithPrevious(_previousQuarter)));
    }

    [Fact]
    public void Rejects_actual_spend_lower_than_in_the_last_accepted_return()
    {
        var ret = ReturnBuilder.Valid()
            .WithSpendChanged("P1", "2025-26-Q1", l => l with { CapitalActual = 2_000m })
            .WithSpendChanged("P1", "2025-26-Q2", l => l with { CapitalActual = 0m })
            .FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret, c => c.WithPrevious(_previousQuarter)));

        Assert.Equal((RuleIds.Cumulative, Severity.Error), (finding.RuleId, finding.Severity));
        Assert.Equal("Spend!C5", finding.Location.ToString());
        Assert.Equal("£2,000.00", finding.Value);
        Assert.Contains("Actual capital spend to date for project 'P1' is now £2,000.00, lower than the £10,000.00 in your last accepted return (2025-26-Q1)", finding.Message);
        Assert.Contains("Correction reason", finding.Message);
    }

    [Fact]
    public void Accepts_a_lower_figure_with_a_correction_reason()
    {
        var ret = ReturnBuilder.Valid()
            .WithSpendChanged("P1", "2025-26-Q1", l => l with { CapitalActual = 2_000m, CorrectionReason = "Invoice was double counted" })
            .FromWorkbook();

        Assert.Empty(_rule.Check(ret, c => c.WithPrevious(_previousQuarter)));
    }

    [Fact]
    public void Rejects_a_cumulative_output_lower_than_before_but_not_a_percentage_outcome()
    {
        var previous = ReturnBuilder.Valid(round: "2025-26-Q1").WithOutcome("P1", "CP-R04", 12m).Build();
        var ret = ReturnBuilder.Valid()
            .WithOutputChanged("P1", "CP-O13", l => l with { CumulativeActual = 50m, Forecast = 50m })
            .WithOutcome("P1", "CP-R04", 8m)
            .FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret, c => c.WithPrevious(previous)));

        Assert.Equal("Outputs!D5", finding.Location.ToString());
        Assert.Equal("50", finding.Value);
        Assert.Contains("CP-O13", finding.Message);
        Assert.Contains("is now 50 to date, lower than the 100", finding.Message);
    }

    [Fact]
    public void Does_not_compare_spend_with_a_return_of_an_earlier_financial_year()
    {
        var lastYear = ReturnBuilder.Valid(round: "2024-25-Q4").WithQuarterlySpend("P1", 90_000m, 90_000m).WithoutIndicators().Build();

        var findings = _rule.Check(ReturnBuilder.Valid().Build(), c => c.WithPrevious(lastYear));

        Assert.DoesNotContain(findings, f => f.Location.Sheet == TemplateSchema.Sheets.Spend);
        Assert.Empty(findings);
    }
}
