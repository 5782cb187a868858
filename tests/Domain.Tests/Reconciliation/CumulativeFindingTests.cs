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

    [Fact]
    public void Matches_projects_and_indicators_across_rounds_whatever_their_case_and_spacing()
    {
        var earlier = new ReturnBuilder()
            .Spend("P1", "2025-26-Q1", revenueActual: 50_000m)
            .Output("P1", "X-BS", 10m)
            .Output("p2", "x-vol", 6m);
        var current = new ReturnBuilder()
            .Spend("p1 ", "2025-26-Q1", revenueActual: 30_000m)
            .Spend(" P1", "2025-26-Q2", revenueActual: 10_000m)
            .Output("p1 ", "x-bs", 4m)
            .Output(" p1", "X-BS ", 4m)
            .Output(" P2 ", "X-VOL", 7m);

        Assert.Equal(
        [
            "Adur's cumulative spend on project P1 fell from £50,000.00 in the 2025-26-Q1 return to £40,000.00, with no correction reason.",
            "Adur's cumulative X-BS \"Number of businesses supported\" on project p1 fell from 10 in the 2025-26-Q1 return to 8, with no correction reason.",
        ], Decreases(earlier, current).Select(f => f.Message));
    }

    [Fact]
    public void Takes_a_correction_reason_on_any_line_of_a_project_in_another_case()
    {
        var earlier = new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 50_000m).Output("P1", "X-BS", 10m);
        var current = new ReturnBuilder()
            .Spend("P1", "2025-26-Q1", revenueActual: 20_000m)
            .Spend("p1", "2025-26-Q2", revenueActual: 1_000m, correction: "Grant clawed back")
            .Output("P1", "X-BS", 3m)
            .Output(" p1", "x-bs", 1m, correction: "Counted twice before");

        Assert.Empty(Decreases(earlier, current));
    }

    [Fact]
    public void Lists_decreases_spend_first_then_indicators_each_by_project_ignoring_case_then_by_indicator()
    {
        var earlier = new ReturnBuilder()
            .Spend("B1", "2025-26-Q1", revenueActual: 50_000m)
            .Spend("a2", "2025-26-Q1", revenueActual: 50_000m)
            .Output("B1", "X-VOL", 10m)
            .Output("B1", "X-BS", 10m)
            .Output("a2", "X-BS", 10m);
        var current = new ReturnBuilder()
            .Output("B1", "X-VOL", 1m)
            .Output("B1", "X-BS", 1m)
            .Output("a2", "X-BS", 1m);

        Assert.Equal(
        [
            "spend on project a2",
            "spend on project B1",
            "X-BS \"Number of businesses supported\" on project a2",
            "X-BS \"Number of businesses supported\" on project B1",
            "X-VOL \"Number of volunteering opportunities supported\" on project B1",
        ], Decreases(earlier, current).Select(f => f.Message["Adur's cumulative ".Length..f.Message.IndexOf(" fell", StringComparison.Ordinal)]));
    }
}
