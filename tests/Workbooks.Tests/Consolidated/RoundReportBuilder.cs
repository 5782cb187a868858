using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;

namespace Ukspf.Workbooks.Tests.Consolidated;

/// <summary>
/// Builds a <see cref="RoundReport"/> by hand with awkward figures (pennies, long fractions, nulls) so a
/// read-back can compare every number exactly.
/// </summary>
public sealed class RoundReportBuilder
{
    private int _councils = 3;
    private int _findingsPerCouncil = 2;
    private int _submissionsPerCouncil = 2;

    public static readonly RoundId Round = RoundId.Parse("2024-25-Q2");
    public static readonly DateOnly AsOf = new(2024, 10, 31);

    public RoundReportBuilder WithCouncils(int count) { _councils = count; return this; }
    public RoundReportBuilder WithFindingsPerCouncil(int count) { _findingsPerCouncil = count; return this; }
    public RoundReportBuilder WithSubmissionsPerCouncil(int count) { _submissionsPerCouncil = count; return this; }

    public RoundReport Build()
    {
        var councils = Enumerable.Range(0, _councils).Select(Council).ToList();
        return new RoundReport(
            new Round(Round, new DateOnly(2024, 10, 15), true, FundingPeriod.Programme2022To2025),
            AsOf,
            Programme(councils),
            councils,
            [
                new PriorityMetrics(InvestmentPriority.CommunitiesAndPlace, 1_000_000.01m, 250_000.99m, 1_500_000.5m, 0.5m, 40),
                new PriorityMetrics(InvestmentPriority.SupportingLocalBusiness, 333_333.33m, 0m, 400_000m, 1m / 3m, 12),
                new PriorityMetrics(InvestmentPriority.PeopleAndSkills, 0m, 666_666.67m, 700_000m, 1m / 6m, 9),
            ],
            [
                new InterventionMetrics("E1", "Improvements to town centres & high streets", InvestmentPriority.CommunitiesAndPlace, 812_345.67m, 900_000.01m, 14, 7),
                new InterventionMetrics("E23", "Strengthening local entrepreneurial ecosystems", InvestmentPriority.SupportingLocalBusiness, 12.34m, 56.78m, 1, 1),
            ],
            [
                new IndicatorMetrics("O1", "Amount of public realm created or improved", IndicatorKind.Output, IndicatorUnit.SquareMetres, 12_500.5m, 20_000m, 0.625025m, true, 64.99m, 5, 11),
                new IndicatorMetrics("O2", "Number of people reached", IndicatorKind.Output, IndicatorUnit.Count, 1_234m, null, null, null, null, 3, 4),
                new IndicatorMetrics("OC1", "Jobs created", IndicatorKind.Outcome, IndicatorUnit.Fte, 17.5m, 40m, 0.4375m, false, 12_345.67m, 4, 6),
                new IndicatorMetrics("OC2", "Improved perception of facilities", IndicatorKind.Outcome, IndicatorUnit.Percent, null, null, null, null, null, 2, 2),
            ],
            Findings(councils),
            Submissions(councils));
    }

    private static CouncilMetrics Council(int i)
    {
        var capital = new SpendFigures(100_000.10m + i, 45_678.91m + i, 30_000.05m);
        var revenue = new SpendFigures(250_000m + i * 0.01m, 123_456.78m, 99_999.99m);
        var rag = (Rag)(i % 3);
        return new CouncilMetrics(
            $"lla{i:000}",
            $"Council {i:000} & Partners",
            (Nation)(i % 4),
            capital,
            revenue,
            capital + revenue,
            0.1234567890123m,
            rag,
            0.0312m,
            (capital.Actual) / (capital.Actual + revenue.Actual),
            new Dictionary<ProjectStatus, int> { [ProjectStatus.Planned] = i % 5, [ProjectStatus.Live] = 7, [ProjectStatus.ClosedEarly] = 1 },
            12.5m + i,
            i % 2 == 0 ? 13_579.24m : null,
            i % 4 != 3);
    }

    private static ProgrammeMetrics Programme(IReadOnlyList<CouncilMetrics> councils)
    {
        var capital = councils.Aggregate(SpendFigures.Zero, (a, c) => a + c.Capital);
        var revenue = councils.Aggregate(SpendFigures.Zero, (a, c) => a + c.Revenue);
        var total = capital + revenue;
        return new ProgrammeMetrics(
            capital, revenue, total,
            TimeElapsed: 19m / 36m,
            SpendGap: 19m / 36m - total.SpendRate,
            RagCounts: councils.GroupBy(c => c.Rag).ToDictionary(g => g.Key, g => g.Count()),
            ManagementShare: 0.0287m,
            CapitalShare: total.Actual == 0 ? 0 : capital.Actual / total.Actual,
            JobsFte: councils.Sum(c => c.JobsFte),
            CostPerJob: 9_876.54m,
            CouncilsExpected: councils.Count,
            ReturnsAccepted: councils.Count(c => c.HasAcceptedReturn));
    }

    private List<ReconciliationFinding> Findings(IReadOnlyList<CouncilMetrics> councils) =>
        councils.SelectMany(c => Enumerable.Range(0, _findingsPerCouncil).Select(n => new ReconciliationFinding(
                n % 2 == 0 ? ReconciliationKinds.Late : ReconciliationKinds.UnderspendRisk,
                n % 2 == 0 ? Severity.Error : Severity.Warning,
                c.LlaCode,
                $"{c.Name}: forecast outturn is £{c.Total.ForecastOutturn:N2} against an allocation of £{c.Total.Allocation:N2} <{n}>.")))
            .OrderBy(f => f.Severity)
            .ToList();

    private List<SubmissionSummary> Submissions(IReadOnlyList<CouncilMetrics> councils) =>
        councils.SelectMany(c => Enumerable.Range(0, _submissionsPerCouncil).Select(n => new SubmissionSummary(
                $"{c.LlaCode}-{n:0000}",
                c.LlaCode,
                Round,
                $"{c.LlaCode} return v{n}.xlsx",
                new DateTimeOffset(2024, 10, 1 + n % 28, 8 + n % 10, 15, 30, TimeSpan.FromHours(1)),
                n == 0 ? SubmissionStatus.Accepted : n % 2 == 0 ? SubmissionStatus.Superseded : SubmissionStatus.Rejected,
                n,
                n + 1,
                n % 2 == 1 ? "The totals on the Spend sheet do not add up." : null,
                UploadedBy: n % 3 == 2 ? null : $"officer{n}@{c.LlaCode.ToLowerInvariant()}.example.gov.uk")))
            .ToList();
}
