using Ukspf.Domain.Allocations;
using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;

namespace Ukspf.Domain.Tests.Metrics;

/// <summary>Rounds used by the metric tests.</summary>
internal static class TestRounds
{
    /// <summary>2025-26 Q2 in the one-year 2025-26 period: 6 of 12 months elapsed at its end, t = 0.5.</summary>
    public static Round Q2OfTransitionYear { get; } =
        new(RoundId.Parse("2025-26-Q2"), new DateOnly(2025, 10, 31), true, FundingPeriod.Transition2025To2026);

    public static RoundId Quarter(string text) => RoundId.Parse(text);
}

/// <summary>Builds a council's return line by line.</summary>
internal sealed class ReturnBuilder
{
    private readonly List<ReturnProject> _projects = [];
    private readonly List<SpendLine> _spend = [];
    private readonly List<IndicatorLine> _outputs = [];
    private readonly List<IndicatorLine> _outcomes = [];

    public ReturnBuilder Project(string reference, string intervention = "E1", ProjectStatus status = ProjectStatus.Live, string? name = null)
    {
        _projects.Add(new ReturnProject(reference, name ?? $"Project {reference}", intervention, status, null, null, null, null, null));
        return this;
    }

    public ReturnBuilder Spend(string reference, string quarter, decimal capitalActual = 0m, decimal revenueActual = 0m,
        decimal capitalForecast = 0m, decimal revenueForecast = 0m, string? correction = null)
    {
        _spend.Add(new SpendLine(reference, RoundId.Parse(quarter), capitalActual, revenueActual, capitalForecast, revenueForecast, CorrectionReason: correction));
        return this;
    }

    public ReturnBuilder ManagementAndAdministration(string quarter, decimal revenueActual) =>
        Spend(SpendLine.ManagementAndAdministration, quarter, revenueActual: revenueActual);

    public ReturnBuilder Output(string reference, string indicator, decimal actual, decimal? target = null, string? correction = null)
    {
        _outputs.Add(new IndicatorLine(reference, indicator, "Number", actual, null, target, CorrectionReason: correction));
        return this;
    }

    public ReturnBuilder Outcome(string reference, string indicator, decimal actual, decimal? target = null, string unit = "Number", string? correction = null)
    {
        _outcomes.Add(new IndicatorLine(reference, indicator, unit, actual, null, target, CorrectionReason: correction));
        return this;
    }

    public CouncilReturn Build(string llaCode = "adur", string round = "2025-26-Q2") => new(
        new ReturnMetadata("UKSPF-Return-1.0", round, llaCode),
        _projects.ToList(),
        _spend.ToList(),
        _outputs.ToList(),
        _outcomes.ToList(),
        null,
        new ProgrammeAnswers(Rag.Green, Rag.Green, "On track.", null, 0m, 0m, 0m),
        new SignOff("A Officer", "Section 151 officer", new DateOnly(2025, 10, 20)));
}

/// <summary>Builds the input of a reconciliation: councils, allocations, returns and submissions.</summary>
internal sealed class RoundDataBuilder
{
    private readonly List<Council> _councils = [];
    private readonly List<Allocation> _allocations = [];
    private readonly Dictionary<string, CouncilReturn> _accepted = [];
    private readonly Dictionary<string, CumulativeTotals> _earlier = [];
    private readonly List<SubmissionSummary> _submissions = [];
    private Round _round = TestRounds.Q2OfTransitionYear;
    private DateOnly _asOf = new(2025, 11, 15);
    private Catalogue.Catalogue _catalogue = Catalogue.Catalogue.Default;

    public RoundDataBuilder Round(Round round)
    {
        _round = round;
        return this;
    }

    public RoundDataBuilder AsOf(DateOnly asOf)
    {
        _asOf = asOf;
        return this;
    }

    public RoundDataBuilder WithCatalogue(Catalogue.Catalogue catalogue)
    {
        _catalogue = catalogue;
        return this;
    }

    public RoundDataBuilder Council(string code, string name, decimal capital = 0m, decimal revenue = 0m)
    {
        _councils.Add(new Council(code, name, Nation.England));
        if (capital != 0m) Allocation(code, SpendType.Capital, capital);
        if (revenue != 0m) Allocation(code, SpendType.Revenue, revenue);
        return this;
    }

    public RoundDataBuilder Allocation(string code, SpendType type, decimal amount, FundLine line = FundLine.Core, FinancialYear? year = null)
    {
        _allocations.Add(new Allocation(code, year ?? _round.Id.Year, line, type, amount, "test", new DateOnly(2025, 4, 1)));
        return this;
    }

    /// <summary>An accepted return with its accepted submission, received on <paramref name="received"/> (default before the deadline).</summary>
    public RoundDataBuilder Accepted(string code, ReturnBuilder councilReturn, DateOnly? received = null)
    {
        _accepted[code] = councilReturn.Build(code, _round.Id.ToString());
        return Submission(code, SubmissionStatus.Accepted, received ?? _round.Deadline.AddDays(-10));
    }

    public RoundDataBuilder Earlier(string code, ReturnBuilder councilReturn, string round = "2025-26-Q1")
    {
        _earlier[code] = CumulativeTotals.Of(councilReturn.Build(code, round));
        return this;
    }

    public RoundDataBuilder Submission(string code, SubmissionStatus status, DateOnly received, string? reason = null)
    {
        var at = new DateTimeOffset(received.ToDateTime(new TimeOnly(10, 30)), TimeSpan.Zero);
        _submissions.Add(new SubmissionSummary($"{code}-{_submissions.Count + 1}", code, _round.Id, $"{code}.xlsx", at, status,
            status == SubmissionStatus.Rejected ? 1 : 0, 0, reason));
        return this;
    }

    public RoundData Build() => new(
        _round, _asOf, _councils.ToList(), new AllocationBook(_allocations),
        new Dictionary<string, CouncilReturn>(_accepted), new Dictionary<string, CumulativeTotals>(_earlier),
        _submissions.ToList(), _catalogue);
}

/// <summary>A small catalogue whose codes differ from the shipped one, so tests show lookups go by title and unit.</summary>
internal static class TestCatalogue
{
    private static readonly FinancialYear First = new(2022);
    private static readonly FinancialYear Last = new(2025);

    public static Catalogue.Catalogue Build() => new(
        [
            new Intervention("E1", Nation.England, InvestmentPriority.CommunitiesAndPlace, "Town centres", First, Last),
            new Intervention("E20", Nation.England, InvestmentPriority.SupportingLocalBusiness, "Business support", First, Last),
            new Intervention("E33", Nation.England, InvestmentPriority.PeopleAndSkills, "Employment support", First, Last),
        ],
        [
            Indicator("X-JC", "Jobs created", IndicatorUnit.Fte, IndicatorKind.Outcome),
            Indicator("X-JS", "Jobs safeguarded", IndicatorUnit.Fte, IndicatorKind.Outcome),
            Indicator("X-BS", "Number of businesses supported", IndicatorUnit.Count, IndicatorKind.Output),
            Indicator("X-VOL", "Number of volunteering opportunities supported", IndicatorUnit.Count, IndicatorKind.Output),
            Indicator("X-AREA", "Amount of public realm improved", IndicatorUnit.SquareMetres, IndicatorKind.Output),
            Indicator("X-FOOT", "Increased footfall", IndicatorUnit.Percent, IndicatorKind.Outcome, cumulative: false),
        ]);

    private static Indicator Indicator(string code, string title, IndicatorUnit unit, IndicatorKind kind, bool cumulative = true) =>
        new(code, InvestmentPriority.CommunitiesAndPlace, kind, title, unit, unit.ToString(), new HashSet<int>(), cumulative, First, Last);
}
