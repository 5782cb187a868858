using FsCheck;
using FsCheck.Fluent;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;
using Xunit;

namespace Ukspf.Domain.Tests.Metrics;

public class MetricPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    /// <summary>Pounds and pence up to £50,000.</summary>
    private static readonly Gen<decimal> Money = Gen.Choose(0, 5_000_000).Select(pence => pence / 100m);

    private static readonly Gen<ReturnCase> Returns =
        Gen.ArrayOf(Money, 5).SelectMany(m => Gen.Choose(0, 40).Select(jobs => new ReturnCase(m[0], m[1], m[2], m[3], m[4], jobs)));

    private static readonly Gen<CouncilCase> Councils =
        Gen.ArrayOf(Money, 2).SelectMany(allocations => Gen.Frequency(
                (1, Gen.Constant<ReturnCase?>(null)),
                (3, Returns.Select(r => (ReturnCase?)r)))
            .Select(r => new CouncilCase(allocations[0] * 4, allocations[1] * 4, r)));

    private static readonly Gen<List<CouncilCase>> Programmes = Gen.NonEmptyListOf(Councils).Select(l => l.Take(8).ToList());

    [Fact]
    public void Programme_totals_equal_the_sum_of_council_figures()
    {
        var property = Prop.ForAll(Programmes.ToArbitrary(), cases =>
        {
            var report = RoundReconciler.Reconcile(Data(cases));
            var councils = report.Councils;
            var programme = report.Programme;
            var returned = cases.Where(c => c.Return is not null).Select(c => c.Return!).ToList();

            return programme.Capital == councils.Aggregate(SpendFigures.Zero, (s, c) => s + c.Capital)
                && programme.Revenue == councils.Aggregate(SpendFigures.Zero, (s, c) => s + c.Revenue)
                && programme.Total.Allocation == cases.Sum(c => c.CapitalAllocation + c.RevenueAllocation)
                && programme.Total.Actual == returned.Sum(r => r.CapitalActual + r.RevenueActual + r.Management)
                && programme.Total.RemainingForecast == returned.Sum(r => r.CapitalForecast)
                && programme.JobsFte == councils.Sum(c => c.JobsFte)
                && programme.JobsFte == returned.Sum(r => r.Jobs)
                && programme.RagCounts.Values.Sum() == cases.Count
                && programme.ReturnsAccepted == returned.Count
                && programme.ManagementShare == Ratio(councils.Sum(c => c.ManagementActual), programme.Total.Allocation);
        });

        Check.One(Runs, property);
    }

    [Fact]
    public void Spend_rate_of_a_council_with_no_spend_is_zero()
    {
        var noSpend = Councils.Select(c => c with { Return = c.Return is null ? null : c.Return with { CapitalActual = 0m, RevenueActual = 0m, Management = 0m } });
        var property = Prop.ForAll(noSpend.ToArbitrary(), council =>
        {
            var metrics = RoundReconciler.Reconcile(Data([council])).Councils.Single();

            return metrics.Total.SpendRate == 0m && metrics.Capital.SpendRate == 0m && metrics.Revenue.SpendRate == 0m
                && metrics.CapitalShare == 0m && metrics.ManagementShare == 0m;
        });

        Check.One(Runs, property);
    }

    [Fact]
    public void More_forecast_outturn_never_gives_a_worse_rag()
    {
        var thresholds = Gen.Choose(0, 100).Two().Select(t => new MetricSettings { AmberFrom = Math.Min(t.Item1, t.Item2) / 100m, GreenFrom = Math.Max(t.Item1, t.Item2) / 100m });
        var cases = Gen.Zip(Gen.ArrayOf(Money, 3), thresholds);
        var property = Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (figures, settings) = c;
            var allocation = figures[0];
            var lower = Math.Min(figures[1], figures[2]) * 2;
            var higher = Math.Max(figures[1], figures[2]) * 2;

            var ragLower = MetricsCalculator.RagFor(new SpendFigures(allocation, lower, 0m), settings);
            var ragHigher = MetricsCalculator.RagFor(new SpendFigures(allocation, 0m, higher), settings);

            // Red < Amber < Green in the enum.
            return ragLower <= ragHigher;
        });

        Check.One(Runs, property);
    }

    [Fact]
    public void Underspend_risk_plus_outturn_equals_allocation()
    {
        var property = Prop.ForAll(Programmes.ToArbitrary(), cases =>
        {
            var report = RoundReconciler.Reconcile(Data(cases));

            return report.Councils.SelectMany(c => new[] { c.Capital, c.Revenue, c.Total })
                .Append(report.Programme.Total)
                .All(f => f.UnderspendRisk + f.ForecastOutturn == f.Allocation);
        });

        Check.One(Runs, property);
    }

    private static decimal Ratio(decimal part, decimal whole) => whole == 0m ? 0m : part / whole;

    /// <summary>Councils c0, c1... with their allocations and, where they returned, one project in Q1 and a Q3 forecast.</summary>
    private static RoundData Data(IReadOnlyList<CouncilCase> cases)
    {
        var builder = new RoundDataBuilder().WithCatalogue(TestCatalogue.Build());
        for (var i = 0; i < cases.Count; i++)
        {
            var (code, c) = ($"c{i}", cases[i]);
            builder.Council(code, $"Council {i:00}", c.CapitalAllocation, c.RevenueAllocation);
            if (c.Return is not { } r) continue;
            builder.Accepted(code, new ReturnBuilder()
                .Project("P1", "E1")
                .Spend("P1", "2025-26-Q1", r.CapitalActual, r.RevenueActual)
                .Spend("P1", "2025-26-Q3", capitalForecast: r.CapitalForecast)
                // Forecasts for quarters already ended never count as remaining.
                .Spend("P1", "2025-26-Q2", revenueForecast: r.RevenueForecast)
                .ManagementAndAdministration("2025-26-Q2", r.Management)
                .Outcome("P1", "X-JC", r.Jobs, unit: "FTE"));
        }
        return builder.Build();
    }

    private sealed record CouncilCase(decimal CapitalAllocation, decimal RevenueAllocation, ReturnCase? Return);

    private sealed record ReturnCase(decimal CapitalActual, decimal RevenueActual, decimal CapitalForecast, decimal RevenueForecast, decimal Management, int Jobs);
}
