using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Xunit;

namespace Ukspf.Domain.Tests.Metrics;

public class CouncilMetricsTests
{
    private static readonly Council Adur = new("adur", "Adur", Nation.England);
    private static readonly FinancialYear Year = new(2025);

    private static MetricsCalculator Calculator(params Allocation[] allocations) =>
        new(TestRounds.Q2OfTransitionYear, TestCatalogue.Build(), new AllocationBook(allocations));

    private static Allocation Revenue(decimal amount, FundLine line = FundLine.Core) =>
        new("adur", Year, line, SpendType.Revenue, amount, "test", new DateOnly(2025, 4, 1));

    private static Allocation Capital(decimal amount) =>
        new("adur", Year, FundLine.Core, SpendType.Capital, amount, "test", new DateOnly(2025, 4, 1));

    [Fact]
    public void Works_out_spend_rate_gap_outturn_and_rag_at_the_end_of_Q2()
    {
        // Allocation £100,000 revenue (core £80,000 + Multiply £20,000). Actual £15,000 in Q1 and £23,000 + £2,000 M&A
        // in Q2 = £40,000 at the end of Q2 of a one-year period: t = 6/12 = 0.5, spend rate 0.4, gap 0.1.
        // Forecasts still to come: Q3 £30,000 + Q4 £20,000 = £50,000; outturn £90,000 = 90% -> Amber; risk £10,000.
        // M&A share 2,000 / 100,000 = 0.02; capital share 0 / 40,000 = 0.
        var calculator = Calculator(Revenue(80_000m), Revenue(20_000m, FundLine.Multiply));
        var councilReturn = new ReturnBuilder()
            .Project("P1")
            .Spend("P1", "2025-26-Q1", revenueActual: 15_000m, revenueForecast: 14_000m)
            .Spend("P1", "2025-26-Q2", revenueActual: 23_000m)
            .ManagementAndAdministration("2025-26-Q2", 2_000m)
            .Spend("P1", "2025-26-Q3", revenueForecast: 30_000m)
            .Spend("P1", "2025-26-Q4", revenueForecast: 20_000m)
            .Build();

        var metrics = calculator.ForCouncil(Adur, councilReturn);

        Assert.Equal(new SpendFigures(100_000m, 40_000m, 50_000m), metrics.Revenue);
        Assert.Equal(new SpendFigures(0m, 0m, 0m), metrics.Capital);
        Assert.Equal(0.4m, metrics.Total.SpendRate);
        Assert.Equal(0.1m, metrics.SpendGap);
        Assert.Equal(90_000m, metrics.Total.ForecastOutturn);
        Assert.Equal(10_000m, metrics.Total.UnderspendRisk);
        Assert.Equal(Rag.Amber, metrics.Rag);
        Assert.Equal(0.02m, metrics.ManagementShare);
        Assert.Equal(2_000m, metrics.ManagementActual);
        Assert.Equal(0m, metrics.CapitalShare);
        Assert.True(metrics.HasAcceptedReturn);
    }

    [Fact]
    public void Counts_capital_and_revenue_against_their_own_allocations()
    {
        // Capital £50,000 allocated, £30,000 spent; revenue £150,000 allocated, £70,000 spent.
        // Total spend rate 100,000 / 200,000 = 0.5 = t, so the gap is 0; capital share 30,000 / 100,000 = 0.3.
        var calculator = Calculator(Capital(50_000m), Revenue(150_000m));
        var councilReturn = new ReturnBuilder()
            .Project("P1")
            .Spend("P1", "2025-26-Q1", capitalActual: 10_000m, revenueActual: 30_000m)
            .Spend("P1", "2025-26-Q2", capitalActual: 20_000m, revenueActual: 40_000m)
            .Build();

        var metrics = calculator.ForCouncil(Adur, councilReturn);

        Assert.Equal(0.6m, metrics.Capital.SpendRate);
        Assert.Equal(70_000m / 150_000m, metrics.Revenue.SpendRate);
        Assert.Equal(0m, metrics.SpendGap);
        Assert.Equal(0.3m, metrics.CapitalShare);
    }

    [Fact]
    public void Ignores_spend_lines_of_other_financial_years()
    {
        // Only the 2025-26 line counts: £10,000 actual; the 2024-25 Q4 line of £99,999 belongs to last year's allocation.
        var calculator = Calculator(Revenue(100_000m));
        var councilReturn = new ReturnBuilder()
            .Spend("P1", "2024-25-Q4", revenueActual: 99_999m)
            .Spend("P1", "2025-26-Q1", revenueActual: 10_000m)
            .Build();

        var metrics = calculator.ForCouncil(Adur, councilReturn);

        Assert.Equal(10_000m, metrics.Total.Actual);
    }

    [Fact]
    public void Council_without_an_accepted_return_keeps_its_allocation_and_is_red()
    {
        // Nothing returned: actual 0, so the gap is all of t = 0.5.
        var calculator = Calculator(Capital(20_000m), Revenue(80_000m));

        var metrics = calculator.ForCouncil(Adur, null);

        Assert.Equal(new SpendFigures(20_000m, 0m, 0m), metrics.Capital);
        Assert.Equal(new SpendFigures(80_000m, 0m, 0m), metrics.Revenue);
        Assert.Equal(Rag.Red, metrics.Rag);
        Assert.Equal(0.5m, metrics.SpendGap);
        Assert.False(metrics.HasAcceptedReturn);
        Assert.Equal(0m, metrics.JobsFte);
        Assert.Null(metrics.CostPerJob);
        Assert.All(metrics.ProjectsByStatus.Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public void Counts_projects_by_status_including_statuses_with_none()
    {
        var councilReturn = new ReturnBuilder()
            .Project("P1", status: ProjectStatus.Live)
            .Project("P2", status: ProjectStatus.Live)
            .Project("P3", status: ProjectStatus.Finished)
            .Build();

        var metrics = Calculator(Revenue(1_000m)).ForCouncil(Adur, councilReturn);

        Assert.Equal(2, metrics.ProjectsByStatus[ProjectStatus.Live]);
        Assert.Equal(1, metrics.ProjectsByStatus[ProjectStatus.Finished]);
        Assert.Equal(0, metrics.ProjectsByStatus[ProjectStatus.Planned]);
        Assert.Equal(0, metrics.ProjectsByStatus[ProjectStatus.ClosedEarly]);
    }

    [Fact]
    public void Adds_jobs_created_and_safeguarded_found_by_title_and_divides_spend_by_them()
    {
        // The test catalogue codes jobs as X-JC and X-JS: 3 + 2 = 5 FTE. The CP-R01 line is not in this catalogue and
        // the businesses line is not a job. Cost per job = £40,000 / 5 = £8,000.
        var councilReturn = new ReturnBuilder()
            .Spend("P1", "2025-26-Q1", revenueActual: 40_000m)
            .Outcome("P1", "X-JC", 3m, unit: "FTE")
            .Outcome("P1", "X-JS", 2m, unit: "FTE")
            .Outcome("P1", "CP-R01", 7m, unit: "FTE")
            .Output("P1", "X-BS", 10m)
            .Build();

        var metrics = Calculator(Revenue(100_000m)).ForCouncil(Adur, councilReturn);

        Assert.Equal(5m, metrics.JobsFte);
        Assert.Equal(8_000m, metrics.CostPerJob);
    }

    [Fact]
    public void Leaves_cost_per_job_empty_when_no_jobs_are_reported()
    {
        var councilReturn = new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 40_000m).Build();

        var metrics = Calculator(Revenue(100_000m)).ForCouncil(Adur, councilReturn);

        Assert.Equal(0m, metrics.JobsFte);
        Assert.Null(metrics.CostPerJob);
    }

    [Theory]
    [InlineData("95000.00", Rag.Green)]
    [InlineData("94999.99", Rag.Amber)]
    [InlineData("85000.00", Rag.Amber)]
    [InlineData("84999.99", Rag.Red)]
    [InlineData("120000.00", Rag.Green)]
    public void Rates_forecast_outturn_against_allocation_at_exactly_95_and_85_percent(string outturn, Rag expected)
    {
        // Allocation £100,000: Green from £95,000 (95%), Amber from £85,000 (85%), Red below.
        var figures = new SpendFigures(100_000m, 0m, decimal.Parse(outturn, System.Globalization.CultureInfo.InvariantCulture));

        var rag = MetricsCalculator.RagFor(figures, new MetricSettings());

        Assert.Equal(expected, rag);
    }

    [Fact]
    public void Rates_a_council_with_nothing_allocated_red()
    {
        var rag = MetricsCalculator.RagFor(new SpendFigures(0m, 5_000m, 0m), new MetricSettings());

        Assert.Equal(Rag.Red, rag);
    }

    [Fact]
    public void Takes_rag_thresholds_from_settings()
    {
        // 90% is Amber by default, Green when Green starts at 90%.
        var figures = new SpendFigures(100_000m, 90_000m, 0m);

        var rag = MetricsCalculator.RagFor(figures, new MetricSettings { GreenFrom = 0.90m });

        Assert.Equal(Rag.Green, rag);
    }

    [Fact]
    public void Time_elapsed_runs_over_the_whole_funding_period()
    {
        // 2023-24 Q2 ends 30 September 2023: 18 of the 36 months of 2022-25 have passed, t = 0.5.
        var round = new Round(RoundId.Parse("2023-24-Q2"), new DateOnly(2023, 10, 31), true, FundingPeriod.Programme2022To2025);

        Assert.Equal(0.5m, MetricsCalculator.TimeElapsedAt(round));
    }
}
