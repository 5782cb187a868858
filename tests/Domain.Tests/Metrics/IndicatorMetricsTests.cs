using Ukspf.Domain.Allocations;
using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Returns;
using Xunit;

namespace Ukspf.Domain.Tests.Metrics;

public class IndicatorMetricsTests
{
    private static readonly Council Adur = new("adur", "Adur", Nation.England);
    private static readonly Council Arun = new("arun", "Arun", Nation.England);

    private static IReadOnlyList<IndicatorMetrics> Indicators(params (Council, CouncilReturn)[] returns) =>
        new MetricsCalculator(TestRounds.Q2OfTransitionYear, TestCatalogue.Build(), new AllocationBook([]))
            .ForIndicators(returns);

    [Fact]
    public void Sums_counts_across_councils_with_delivery_on_track_and_cost_per_unit()
    {
        // Businesses supported: Adur 10 of 50, Arun 30 of 50 -> actual 40, target 100, delivery 0.4.
        // t = 0.5, tolerance 0.1: 0.4 >= 0.4 is on track (exactly at the line).
        // Spend of the reporting projects: Adur P1 £20,000 + Arun A1 £60,000 = £80,000; £80,000 / 40 = £2,000 each.
        var adur = new ReturnBuilder()
            .Spend("P1", "2025-26-Q1", revenueActual: 20_000m)
            .Spend("P2", "2025-26-Q1", revenueActual: 99_000m)
            .Output("P1", "X-BS", 10m, 50m)
            .Build();
        var arun = new ReturnBuilder()
            .Spend("A1", "2025-26-Q2", capitalActual: 60_000m)
            .Output("A1", "X-BS", 30m, 50m)
            .Build("arun");

        var businesses = Assert.Single(Indicators((Adur, adur), (Arun, arun)));

        Assert.Equal(new IndicatorMetrics("X-BS", "Number of businesses supported", IndicatorKind.Output, IndicatorUnit.Count,
            40m, 100m, 0.4m, true, 2_000m, 2, 2), businesses);
    }

    [Fact]
    public void Is_off_track_just_below_time_elapsed_minus_the_tolerance()
    {
        // 39 of 100 = 0.39 < 0.5 - 0.1.
        var adur = new ReturnBuilder().Output("P1", "X-BS", 39m, 100m).Build();

        var businesses = Assert.Single(Indicators((Adur, adur)));

        Assert.Equal(0.39m, businesses.Delivery);
        Assert.False(businesses.OnTrack);
    }

    [Fact]
    public void Never_sums_percentages_but_counts_their_councils_and_lines()
    {
        // Footfall up 12% in Adur and 8% in Arun: 20% would be meaningless.
        var adur = new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 1_000m).Outcome("P1", "X-FOOT", 12m, 15m, unit: "%").Build();
        var arun = new ReturnBuilder().Outcome("A1", "X-FOOT", 8m, 10m, unit: "%").Outcome("A2", "X-FOOT", 5m, unit: "%").Build("arun");

        var footfall = Assert.Single(Indicators((Adur, adur), (Arun, arun)));

        Assert.Equal(new IndicatorMetrics("X-FOOT", "Increased footfall", IndicatorKind.Outcome, IndicatorUnit.Percent,
            null, null, null, null, null, 2, 3), footfall);
    }

    [Fact]
    public void Gives_cost_per_unit_for_counts_only()
    {
        // 200 m² of public realm for a £10,000 project: summed (200 of 400, delivery 0.5) but no cost per m².
        var adur = new ReturnBuilder()
            .Spend("P1", "2025-26-Q1", capitalActual: 10_000m)
            .Output("P1", "X-AREA", 200m, 400m)
            .Build();

        var area = Assert.Single(Indicators((Adur, adur)));

        Assert.Equal(200m, area.Actual);
        Assert.Equal(0.5m, area.Delivery);
        Assert.Null(area.CostPerUnit);
    }

    [Fact]
    public void Never_sums_outputs_of_different_indicators_into_one_cost()
    {
        // Project P1 (£20,000) reports 10 businesses and 5 volunteering opportunities: £2,000 per business and £4,000
        // per opportunity, not £20,000 / 15.
        var adur = new ReturnBuilder()
            .Spend("P1", "2025-26-Q1", revenueActual: 20_000m)
            .Output("P1", "X-BS", 10m)
            .Output("P1", "X-VOL", 5m)
            .Build();

        var indicators = Indicators((Adur, adur)).ToDictionary(i => i.Code);

        Assert.Equal(2_000m, indicators["X-BS"].CostPerUnit);
        Assert.Equal(4_000m, indicators["X-VOL"].CostPerUnit);
    }

    [Fact]
    public void Leaves_target_and_delivery_empty_when_no_target_was_set()
    {
        var adur = new ReturnBuilder().Output("P1", "X-BS", 10m).Build();

        var businesses = Assert.Single(Indicators((Adur, adur)));

        Assert.Equal(10m, businesses.Actual);
        Assert.Null(businesses.Target);
        Assert.Null(businesses.Delivery);
        Assert.Null(businesses.OnTrack);
    }

    [Fact]
    public void Skips_indicator_codes_the_catalogue_does_not_know()
    {
        var adur = new ReturnBuilder().Output("P1", "NOT-A-CODE", 10m).Output("P1", "X-BS", 3m).Build();

        var indicators = Indicators((Adur, adur));

        Assert.Equal(["X-BS"], indicators.Select(i => i.Code));
    }
}
