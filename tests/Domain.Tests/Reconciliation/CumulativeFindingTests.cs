using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Tests.Metrics;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Reconciliation;

public class CumulativeFindingTests
{
    private static IReadOnlyList<ReconciliationFinding> Decreases(ReturnBuilder earlier, ReturnBuilder current, string earlierRound = "2025-26-Q1")
    {
        var data = new RoundDataBuilder()
            .WithCatalogue(TestCatalogue.Build())
            .Council("adur", "Adur", revenue: 1_000_000m)
            .Earlier("adur", earlier, earlierRound)
            .Accepted("adur", current)
            .Build();
        return RoundReconciler.Reconcile(data).Findings.Where(f => f.Kind == ReconciliationKinds.CumulativeDecrease).ToList();
    }

    [Fact]
    public void Reports_project_spend_lower_than_in_the_earlier_return()
    {
        // Q1 was £50,000 in the Q1 return and is now £40,000, with Q2 adding only £5,000: £45,000 < £50,000.
        var earlier = new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 50_000m);
        var current = new ReturnBuilder()
            .Spend("P1", "2025-26-Q1", revenueActual: 40_000m)
            .Spend("P1", "2025-26-Q2", revenueActual: 5_000m);

        var finding = Assert.Single(Decreases(earlier, current));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Adur's cumulative spend on project P1 fell from £50,000.00 in the 2025-26-Q1 return to £45,000.00, with no correction reason.", finding.Message);
    }

    [Fact]
    public void Accepts_a_lower_figure_with_a_correction_reason()
    {
        var earlier = new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 50_000m);
        var current = new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 40_000m, correction: "Invoice credited by supplier");

        Assert.Empty(Decreases(earlier, current));
    }

    [Fact]
    public void Reports_a_project_whose_spend_disappeared_from_the_return()
    {
        var earlier = new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 50_000m);
        var current = new ReturnBuilder().Spend("P2", "2025-26-Q2", revenueActual: 70_000m);

        var finding = Assert.Single(Decreases(earlier, current));

        Assert.Contains("project P1 fell from £50,000.00", finding.Message);
    }

    [Fact]
    public void Does_not_compare_financial_years_the_new_return_does_not_cover()
    {
        // Last year's Q4 return carried 2024-25 spend; a 2025-26 return starts afresh.
        var earlier = new ReturnBuilder().Spend("P1", "2024-25-Q4", revenueActual: 50_000m);
        var current = new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 10_000m);

        Assert.Empty(Decreases(earlier, current, "2024-25-Q4"));
    }

    [Fact]
    public void Reports_a_cumulative_indicator_lower_than_in_the_earlier_return()
    {
        var earlier = new ReturnBuilder().Output("P1", "X-BS", 10m);
        var current = new ReturnBuilder().Output("P1", "X-BS", 8m);

        var finding = Assert.Single(Decreases(earlier, current));

        Assert.Equal("Adur's cumulative X-BS \"Number of businesses supported\" on project P1 fell from 10 in the 2025-26-Q1 return to 8, with no correction reason.", finding.Message);
    }

    [Fact]
    public void Accepts_a_lower_indicator_with_a_correction_reason()
    {
        var earlier = new ReturnBuilder().Output("P1", "X-BS", 10m);
        var current = new ReturnBuilder().Output("P1", "X-BS", 8m, correction: "Two businesses were counted twice");

        Assert.Empty(Decreases(earlier, current));
    }

    [Fact]
    public void Lets_indicators_that_are_not_cumulative_go_down()
    {
        // Footfall is a percentage change in each period, not a running total.
        var earlier = new ReturnBuilder().Outcome("P1", "X-FOOT", 12m, unit: "%");
        var current = new ReturnBuilder().Outcome("P1", "X-FOOT", 4m, unit: "%");

        Assert.Empty(Decreases(earlier, current));
    }

    [Fact]
    public void Finds_nothing_when_figures_rise()
    {
        var earlier = new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 50_000m).Output("P1", "X-BS", 10m);
        var current = new ReturnBuilder()
            .Spend("P1", "2025-26-Q1", revenueActual: 50_000m)
            .Spend("P1", "2025-26-Q2", revenueActual: 1_000m)
            .Output("P1", "X-BS", 11m);

        Assert.Empty(Decreases(earlier, current));
    }
}
