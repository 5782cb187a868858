using Ukspf.Domain.Returns;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Validation.Rules;
using Xunit;

namespace Ukspf.Domain.Tests.Validation;

public class R06TotalsRuleTests
{
    private readonly TotalsRule _rule = new();

    [Fact]
    public void Passes_totals_equal_to_the_sum_of_the_lines()
    {
        Assert.Empty(_rule.Check(ReturnBuilder.Valid().FromWorkbook()));
    }

    [Fact]
    public void Passes_totals_within_the_one_pound_rounding_tolerance()
    {
        var ret = ReturnBuilder.Valid().WithTotals(new DeclaredTotals(20_001m, 10_999.50m, 20_000m, 11_000m)).FromWorkbook();

        Assert.Empty(_rule.Check(ret));
    }

    [Fact]
    public void Rejects_a_total_that_differs_from_its_lines_naming_both_figures()
    {
        var ret = ReturnBuilder.Valid().WithTotals(new DeclaredTotals(18_500m, 11_000m, 20_000m, 11_000m)).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret));

        Assert.Equal((RuleIds.Totals, Severity.Error), (finding.RuleId, finding.Severity));
        Assert.Equal($"Spend!{WorkbookContentBuilder.AddressOf("TotalCapitalActual")}", finding.Location.ToString());
        Assert.Equal("£18,500.00", finding.Value);
        Assert.Contains("The Spend lines add up to £20,000.00 of capital actual, but the total shows £18,500.00 (a difference of £1,500.00)", finding.Message);
    }

    [Fact]
    public void Checks_nothing_when_no_totals_are_declared()
    {
        Assert.Empty(_rule.Check(ReturnBuilder.Valid().WithTotals(null).Build()));
    }
}
