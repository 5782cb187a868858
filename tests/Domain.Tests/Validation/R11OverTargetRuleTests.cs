using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Validation.Rules;
using Xunit;

namespace Ukspf.Domain.Tests.Validation;

public class R11OverTargetRuleTests
{
    private readonly OverTargetRule _rule = new();

    [Fact]
    public void Passes_an_output_at_one_and_a_half_times_its_target()
    {
        var ret = ReturnBuilder.Valid().WithOutputChanged("P1", "CP-O13", l => l with { CumulativeActual = 1_500m, Forecast = 1_500m }).FromWorkbook();

        Assert.Empty(_rule.Check(ret));
    }

    [Fact]
    public void Warns_about_an_output_well_above_its_target()
    {
        var ret = ReturnBuilder.Valid().WithOutputChanged("P1", "CP-O13", l => l with { CumulativeActual = 2_600m, Forecast = 2_600m }).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret));

        Assert.Equal((RuleIds.OverTarget, Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Equal("Outputs!D5", finding.Location.ToString());
        Assert.Equal("2,600", finding.Value);
        Assert.Contains("Project 'P1' reports 2,600 for CP-O13, 260% of its target of 1,000", finding.Message);
        Assert.Contains("counted twice", finding.Message);
    }
}
