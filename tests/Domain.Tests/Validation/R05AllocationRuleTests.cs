using Ukspf.Domain.Allocations;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Validation.Rules;
using Xunit;

namespace Ukspf.Domain.Tests.Validation;

public class R05AllocationRuleTests
{
    private readonly AllocationRule _rule = new();

    [Fact]
    public void Passes_spend_within_the_years_allocation()
    {
        Assert.Empty(_rule.Check(ReturnBuilder.Valid().FromWorkbook()));
    }

    [Fact]
    public void Rejects_capital_spend_over_the_capital_allocation_naming_both_figures()
    {
        var ret = ReturnBuilder.Valid().FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret, c => c.WithAllocation(capital: 15_000m, revenue: 200_000m)));

        Assert.Equal((RuleIds.Allocation, Severity.Error), (finding.RuleId, finding.Severity));
        Assert.Equal($"Spend!{WorkbookContentBuilder.AddressOf("TotalCapitalActual")}", finding.Location.ToString());
        Assert.Equal("£20,000.00", finding.Value);
        Assert.Contains("Actual capital spend in 2025-26 is £20,000.00, more than your capital allocation of £15,000.00 (over by £5,000.00)", finding.Message);
    }

    [Fact]
    public void Rejects_revenue_spend_over_the_revenue_allocation()
    {
        var finding = Assert.Single(_rule.Check(ReturnBuilder.Valid().FromWorkbook(), c => c.WithAllocation(capital: 100_000m, revenue: 10_000m)));

        Assert.Equal($"Spend!{WorkbookContentBuilder.AddressOf("TotalRevenueActual")}", finding.Location.ToString());
        Assert.Contains("revenue allocation of £10,000.00", finding.Message);
    }

    [Fact]
    public void Rejects_management_and_administration_over_four_percent_of_the_allocation()
    {
        var ret = ReturnBuilder.Valid().WithSpendChanged("M&A", "2025-26-Q2", l => l with { RevenueActual = 12_000m }).FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Spend!D10", finding.Location.ToString());
        Assert.Equal("£12,500.00", finding.Value);
        Assert.Contains("more than 4% of your allocation (£12,000.00 of £300,000.00)", finding.Message);
    }

    [Fact]
    public void Warns_when_the_capital_share_is_below_the_years_minimum()
    {
        var ret = ReturnBuilder.Valid().FromWorkbook();

        var finding = Assert.Single(_rule.Check(ret, c => c.WithSettings(s => s with { MinimumCapitalShareByYear = new Dictionary<int, decimal> { [2025] = 0.7m } })));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("Capital is 65% of actual spend in 2025-26 (£20,000.00 of £31,000.00), below the minimum capital share of 70%", finding.Message);
    }

    [Fact]
    public void Warns_when_no_allocation_is_recorded_for_the_year()
    {
        var finding = Assert.Single(_rule.Check(ReturnBuilder.Valid().Build(), c => c.WithAllocations(new AllocationBook([]))));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("No allocation is recorded for Adur in 2025-26", finding.Message);
    }
}
