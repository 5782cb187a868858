using Ukspf.Domain.Allocations;
using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Returns;
using Xunit;

namespace Ukspf.Domain.Tests.Metrics;

public class ProgrammeMetricsTests
{
    private static readonly Council Adur = new("adur", "Adur", Nation.England);
    private static readonly Council Arun = new("arun", "Arun", Nation.England);

    private static MetricsCalculator Calculator() => new(
        TestRounds.Q2OfTransitionYear,
        TestCatalogue.Build(),
        new AllocationBook(
        [
            new Allocation("adur", new(2025), FundLine.Core, SpendType.Revenue, 100_000m, "test", new(2025, 4, 1)),
            new Allocation("arun", new(2025), FundLine.Core, SpendType.Capital, 100_000m, "test", new(2025, 4, 1)),
            new Allocation("arun", new(2025), FundLine.Core, SpendType.Revenue, 100_000m, "test", new(2025, 4, 1)),
        ]));

    [Fact]
    public void Adds_up_councils_and_works_out_programme_shares()
    {
        // Adur: revenue £100,000 allocated, £40,000 spent (£4,000 of it M&A), 4 FTE jobs.
        // Arun: capital £100,000 + revenue £100,000 allocated, £60,000 capital spent, no return of jobs.
        // Programme: allocation £300,000, actual £100,000, spend rate 1/3, gap 0.5 - 1/3; M&A share 4,000 / 300,000;
        // capital share 60,000 / 100,000 = 0.6; cost per job 100,000 / 4 = £25,000.
        var calculator = Calculator();
        var adur = calculator.ForCouncil(Adur, new ReturnBuilder()
            .Spend("P1", "2025-26-Q1", revenueActual: 36_000m)
            .ManagementAndAdministration("2025-26-Q1", 4_000m)
            .Outcome("P1", "X-JC", 4m, unit: "FTE")
            .Build());
        var arun = calculator.ForCouncil(Arun, new ReturnBuilder().Spend("Q1", "2025-26-Q2", capitalActual: 60_000m).Build("arun"));

        var programme = calculator.ForProgramme([adur, arun]);

        Assert.Equal(new SpendFigures(100_000m, 60_000m, 0m), programme.Capital);
        Assert.Equal(new SpendFigures(200_000m, 40_000m, 0m), programme.Revenue);
        Assert.Equal(300_000m, programme.Total.Allocation);
        Assert.Equal(100_000m, programme.Total.Actual);
        Assert.Equal(0.5m, programme.TimeElapsed);
        Assert.Equal(0.5m - 100_000m / 300_000m, programme.SpendGap);
        Assert.Equal(4_000m / 300_000m, programme.ManagementShare);
        Assert.Equal(0.6m, programme.CapitalShare);
        Assert.Equal(4m, programme.JobsFte);
        Assert.Equal(25_000m, programme.CostPerJob);
        Assert.Equal(2, programme.CouncilsExpected);
        Assert.Equal(2, programme.ReturnsAccepted);
    }

    [Fact]
    public void Counts_councils_by_rag_and_those_without_a_return()
    {
        // Adur forecasts its whole £100,000 (Green); Arun has not returned (Red).
        var calculator = Calculator();
        var adur = calculator.ForCouncil(Adur, new ReturnBuilder()
            .Spend("P1", "2025-26-Q1", revenueActual: 50_000m)
            .Spend("P1", "2025-26-Q4", revenueForecast: 50_000m)
            .Build());
        var arun = calculator.ForCouncil(Arun, null);

        var programme = calculator.ForProgramme([adur, arun]);

        Assert.Equal(1, programme.RagCounts[Rag.Green]);
        Assert.Equal(0, programme.RagCounts[Rag.Amber]);
        Assert.Equal(1, programme.RagCounts[Rag.Red]);
        Assert.Equal(1, programme.ReturnsAccepted);
        Assert.Equal(300_000m, programme.Total.Allocation);
    }

    [Fact]
    public void Splits_project_spend_by_priority_without_management_and_administration()
    {
        // E1 (Communities and Place) £30,000 capital; E20 (Supporting Local Business) £10,000 revenue with £5,000
        // still forecast; M&A £5,000 counts for no priority. Shares: 30,000 / 40,000 = 0.75 and 0.25.
        var returns = new List<(Council, CouncilReturn)>
        {
            (Adur, new ReturnBuilder()
                .Project("P1", "E1").Project("P2", "E20")
                .Spend("P1", "2025-26-Q1", capitalActual: 30_000m)
                .Spend("P2", "2025-26-Q2", revenueActual: 10_000m)
                .Spend("P2", "2025-26-Q3", revenueForecast: 5_000m)
                .ManagementAndAdministration("2025-26-Q1", 5_000m)
                .Build()),
        };

        var priorities = Calculator().ForPriorities(returns).ToDictionary(p => p.Priority);

        Assert.Equal(new PriorityMetrics(InvestmentPriority.CommunitiesAndPlace, 30_000m, 0m, 30_000m, 0.75m, 1), priorities[InvestmentPriority.CommunitiesAndPlace]);
        Assert.Equal(new PriorityMetrics(InvestmentPriority.SupportingLocalBusiness, 0m, 10_000m, 15_000m, 0.25m, 1), priorities[InvestmentPriority.SupportingLocalBusiness]);
        Assert.Equal(0, priorities[InvestmentPriority.PeopleAndSkills].Projects);
        Assert.Equal(0m, priorities[InvestmentPriority.PeopleAndSkills].ShareOfSpend);
        Assert.Equal(4, priorities.Count);
    }

    [Fact]
    public void Lists_only_interventions_with_projects_in_code_number_order()
    {
        // E33 and E1 have projects (E1 in two councils); E20 has none and is left out.
        var returns = new List<(Council, CouncilReturn)>
        {
            (Adur, new ReturnBuilder().Project("P1", "E33").Project("P2", "E1")
                .Spend("P1", "2025-26-Q1", revenueActual: 7_000m)
                .Spend("P2", "2025-26-Q1", capitalActual: 3_000m)
                .Spend("P2", "2025-26-Q3", capitalForecast: 1_000m)
                .Build()),
            (Arun, new ReturnBuilder().Project("A1", "E1").Spend("A1", "2025-26-Q2", capitalActual: 2_000m).Build("arun")),
        };

        var interventions = Calculator().ForInterventions(returns);

        Assert.Equal(["E1", "E33"], interventions.Select(i => i.Code));
        Assert.Equal(new InterventionMetrics("E1", "Town centres", InvestmentPriority.CommunitiesAndPlace, 5_000m, 6_000m, 2, 2), interventions[0]);
        Assert.Equal(new InterventionMetrics("E33", "Employment support", InvestmentPriority.PeopleAndSkills, 7_000m, 7_000m, 1, 1), interventions[1]);
    }
}
