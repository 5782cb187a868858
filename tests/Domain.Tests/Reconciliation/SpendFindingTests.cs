using Ukspf.Domain.Allocations;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Tests.Metrics;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Reconciliation;

public class SpendFindingTests
{
    private static IReadOnlyList<ReconciliationFinding> Findings(RoundDataBuilder builder, string kind) =>
        RoundReconciler.Reconcile(builder.Build()).Findings.Where(f => f.Kind == kind).ToList();

    [Fact]
    public void Reports_revenue_spend_over_the_revenue_allocation_with_the_figures()
    {
        // £312,000 / £266,745 = 1.1697 -> 117%.
        var data = new RoundDataBuilder()
            .Council("adur", "Adur", capital: 50_000m, revenue: 266_745m)
            .Accepted("adur", new ReturnBuilder().Project("P1").Spend("P1", "2025-26-Q1", revenueActual: 312_000m));

        var finding = Assert.Single(Findings(data, ReconciliationKinds.OverAllocation));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Adur has spent £312,000.00 of £266,745.00 revenue allocation (117%).", finding.Message);
    }

    [Fact]
    public void Accepts_spend_exactly_equal_to_the_allocation()
    {
        var data = new RoundDataBuilder()
            .Council("adur", "Adur", capital: 50_000m, revenue: 100_000m)
            .Accepted("adur", new ReturnBuilder().Spend("P1", "2025-26-Q1", capitalActual: 50_000m, revenueActual: 100_000m));

        Assert.Empty(Findings(data, ReconciliationKinds.OverAllocation));
    }

    [Fact]
    public void Reports_capital_spend_when_no_capital_is_allocated()
    {
        var data = new RoundDataBuilder()
            .Council("adur", "Adur", revenue: 100_000m)
            .Accepted("adur", new ReturnBuilder().Spend("P1", "2025-26-Q1", capitalActual: 5_000m));

        var finding = Assert.Single(Findings(data, ReconciliationKinds.OverAllocation));

        Assert.Equal("Adur has spent £5,000.00 capital but has no capital allocation for 2025-26.", finding.Message);
    }

    [Fact]
    public void Reports_a_returning_council_with_no_allocation_for_the_year()
    {
        // An allocation for last year does not count for 2025-26.
        var data = new RoundDataBuilder()
            .Council("adur", "Adur")
            .Allocation("adur", SpendType.Revenue, 100_000m, year: new FinancialYear(2024))
            .Accepted("adur", new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 12_500m));

        var finding = Assert.Single(Findings(data, ReconciliationKinds.NoAllocation));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Adur has returned for 2025-26-Q2 but no allocation for 2025-26 is loaded, so its spend of £12,500.00 cannot be checked.", finding.Message);
    }

    [Fact]
    public void Does_not_report_no_allocation_when_one_is_loaded()
    {
        var data = new RoundDataBuilder()
            .Council("adur", "Adur", revenue: 100_000m)
            .Accepted("adur", new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 12_500m));

        Assert.Empty(Findings(data, ReconciliationKinds.NoAllocation));
    }

    [Fact]
    public void Warns_of_underspend_when_forecast_outturn_is_red()
    {
        // £30,000 spent + £50,000 forecast = £80,000 of £100,000 = 80%: Red, £20,000 at risk.
        var data = new RoundDataBuilder()
            .Council("adur", "Adur", revenue: 100_000m)
            .Accepted("adur", new ReturnBuilder()
                .Spend("P1", "2025-26-Q1", revenueActual: 30_000m)
                .Spend("P1", "2025-26-Q3", revenueForecast: 50_000m));

        var finding = Assert.Single(Findings(data, ReconciliationKinds.UnderspendRisk));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Adur forecasts spending £80,000.00 of its £100,000.00 allocation for 2025-26 (80%), leaving £20,000.00 at risk of being lost.", finding.Message);
    }

    [Fact]
    public void Does_not_warn_of_underspend_when_the_council_is_amber()
    {
        // £85,000 of £100,000 = 85%: Amber.
        var data = new RoundDataBuilder()
            .Council("adur", "Adur", revenue: 100_000m)
            .Accepted("adur", new ReturnBuilder()
                .Spend("P1", "2025-26-Q1", revenueActual: 35_000m)
                .Spend("P1", "2025-26-Q3", revenueForecast: 50_000m));

        Assert.Empty(Findings(data, ReconciliationKinds.UnderspendRisk));
    }

    [Fact]
    public void Does_not_warn_of_underspend_for_a_council_that_has_not_returned()
    {
        // Its missing return is the finding; it is Red only because nothing is known.
        var data = new RoundDataBuilder().Council("adur", "Adur", revenue: 100_000m);

        Assert.Empty(Findings(data, ReconciliationKinds.UnderspendRisk));
    }

    [Fact]
    public void Warns_of_outputs_on_a_project_with_no_spend()
    {
        var data = new RoundDataBuilder()
            .Council("adur", "Adur", revenue: 100_000m)
            .Accepted("adur", new ReturnBuilder()
                .Project("P3", name: "Shopfront grants")
                .Spend("P3", "2025-26-Q3", revenueForecast: 10_000m)
                .Output("P3", "CP-O01", 12m));

        var finding = Assert.Single(Findings(data, ReconciliationKinds.OutputsWithoutSpend));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Adur reports outputs on project P3 \"Shopfront grants\" (12 of CP-O01) but no actual spend against it.", finding.Message);
    }

    [Fact]
    public void Does_not_warn_when_the_outputs_have_spend_or_are_zero()
    {
        var data = new RoundDataBuilder()
            .Council("adur", "Adur", revenue: 100_000m)
            .Accepted("adur", new ReturnBuilder()
                .Spend("P1", "2025-26-Q1", revenueActual: 1_000m)
                .Output("P1", "CP-O01", 12m)
                .Output("P2", "CP-O01", 0m));

        Assert.Empty(Findings(data, ReconciliationKinds.OutputsWithoutSpend));
    }

    [Fact]
    public void Groups_outputs_without_spend_by_project_ignoring_case_and_spacing_in_the_order_first_reported()
    {
        var data = new RoundDataBuilder()
            .Council("adur", "Adur", revenue: 100_000m)
            .Accepted("adur", new ReturnBuilder()
                .Project("p2", name: " Market stalls ")
                .Spend(" P1", "2025-26-Q1", revenueActual: 1_000m)
                .Spend("P2", "2025-26-Q3", revenueForecast: 10_000m)
                .Output("p2 ", "CP-O01", 3m)
                .Output("p1", "CP-O01", 12m)
                .Output("P3", " CP-O02 ", 1.5m)
                .Output(" P2", "CP-O02", 4m));

        Assert.Equal(
        [
            "Adur reports outputs on project p2 \"Market stalls\" (3 of CP-O01, 4 of CP-O02) but no actual spend against it.",
            "Adur reports outputs on project P3 (1.5 of CP-O02) but no actual spend against it.",
        ], Findings(data, ReconciliationKinds.OutputsWithoutSpend).Select(f => f.Message));
    }
}
