using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Validation.Rules;
using Xunit;

namespace Ukspf.Domain.Tests.Validation;

public class R09SpendWithoutOutputsRuleTests
{
    private readonly SpendWithoutOutputsRule _rule = new();

    [Fact]
    public void Passes_a_project_with_both_spend_and_outputs()
    {
        Assert.Empty(_rule.Check(ReturnBuilder.Valid().FromWorkbook()));
    }

    [Fact]
    public void Warns_about_a_project_that_has_spent_for_two_quarters_with_no_outputs()
    {
        var ret = ReturnBuilder.Valid().WithOutputChanged("P1", "CP-O13", l => l with { CumulativeActual = 0m, Forecast = 0m }).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret));

        Assert.Equal((RuleIds.SpendWithoutOutputs, Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Equal("Projects!A5", finding.Location.ToString());
        Assert.Contains("Project 'P1' has spent £30,000.00 over 2 quarters but reports no outputs yet", finding.Message);
    }

    [Fact]
    public void Does_not_warn_before_the_configured_number_of_quarters()
    {
        var ret = ReturnBuilder.Valid().WithOutputChanged("P1", "CP-O13", l => l with { CumulativeActual = 0m }).FromWorkbook();

        Assert.Empty(_rule.Check(ret, c => c.WithSettings(s => s with { QuartersOfSpendWithoutOutputs = 3 })));
    }

    [Fact]
    public void Warns_about_outputs_reported_with_no_spend()
    {
        var ret = ReturnBuilder.Valid().WithProject("P2").WithOutput("P2", "CP-O13", 40m, forecast: 40m).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Outputs!D6", finding.Location.ToString());
        Assert.Contains("Project 'P2' reports outputs (CP-O13: 40) but no actual spend", finding.Message);
    }
}
