using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Metrics;

/// <summary>
/// Works out the round's figures (domain.md, "Metrics") per council, programme, priority, intervention and
/// indicator, from accepted returns and the allocations of the round's financial year. One calculator serves one
/// reconciliation at a time: it keeps what it works out of each return for the figures that follow.
/// </summary>
public sealed class MetricsCalculator
{
    private readonly Catalogue.Catalogue _catalogue;
    private readonly AllocationBook _allocations;
    private readonly IReadOnlySet<string> _jobIndicatorCodes;

    /// <summary>Each return's ledger, worked out once however many of the figures below need it.</summary>
    private readonly Dictionary<CouncilReturn, ReturnLedger> _ledgers = new(ReferenceEqualityComparer.Instance);

    /// <summary>Prepares the calculation for one round.</summary>
    /// <param name="round">The round; its financial year picks allocations and spend lines, its end sets time elapsed.</param>
    /// <param name="catalogue">Interventions (for priorities) and indicators (for units and jobs).</param>
    /// <param name="allocations">Allocations in force.</param>
    /// <param name="settings">Thresholds; the defaults when null.</param>
    public MetricsCalculator(Round round, Catalogue.Catalogue catalogue, AllocationBook allocations, MetricSettings? settings = null)
    {
        Round = round;
        _catalogue = catalogue;
        _allocations = allocations;
        Settings = settings ?? new MetricSettings();
        TimeElapsed = TimeElapsedAt(round);
        var titles = Settings.JobIndicatorTitles.Select(t => t.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _jobIndicatorCodes = catalogue.IndicatorsFor(round.Id.Year)
            .Where(i => titles.Contains(i.Title.Trim()))
            .Select(i => i.Code)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The round calculated for.</summary>
    public Round Round { get; }

    /// <summary>The thresholds in use.</summary>
    public MetricSettings Settings { get; }

    /// <summary>Share of the funding period elapsed at the end of the round, 0-1.</summary>
    public decimal TimeElapsed { get; }

    /// <summary>Months of the funding period elapsed at the end of the round's period / months in the funding period.</summary>
    public static decimal TimeElapsedAt(Round round) =>
        (decimal)round.FundingPeriod.MonthsElapsed(round.Id.End) / round.FundingPeriod.Months;

    /// <summary>
    /// Green when forecast outturn is at least <see cref="MetricSettings.GreenFrom"/> of allocation, Amber from
    /// <see cref="MetricSettings.AmberFrom"/>, otherwise Red; Red when nothing is allocated.
    /// </summary>
    public static Rag RagFor(SpendFigures figures, MetricSettings settings)
    {
        // Compared by multiplication, not by the rate, so a boundary such as exactly 95% never rounds away.
        if (figures.Allocation <= 0m) return Rag.Red;
        if (figures.ForecastOutturn >= figures.Allocation * settings.GreenFrom) return Rag.Green;
        return figures.ForecastOutturn >= figures.Allocation * settings.AmberFrom ? Rag.Amber : Rag.Red;
    }

    /// <summary>
    /// One council's figures. Without an accepted return its allocation still counts, its actuals are 0 and it is
    /// rated Red.
    /// </summary>
    public CouncilMetrics ForCouncil(Council council, CouncilReturn? accepted)
    {
        var year = Round.Id.Year;
        var ledger = accepted is null ? null : LedgerOf(accepted);
        var spend = ledger?.Total ?? ProjectSpend.None;
        var capital = new SpendFigures(_allocations.Amount(council.Code, year, SpendType.Capital), spend.CapitalActual, spend.CapitalForecast);
        var revenue = new SpendFigures(_allocations.Amount(council.Code, year, SpendType.Revenue), spend.RevenueActual, spend.RevenueForecast);
        var total = capital + revenue;
        var management = ledger?.ManagementActual ?? 0m;
        var jobs = accepted is null ? 0m : JobsFte(accepted);

        return new CouncilMetrics(
            council.Code,
            council.Name,
            council.Nation,
            capital,
            revenue,
            total,
            TimeElapsed - total.SpendRate,
            accepted is null ? Rag.Red : RagFor(total, Settings),
            Ratio(management, total.Allocation),
            Ratio(capital.Actual, total.Actual),
            ProjectsByStatus(accepted?.Projects ?? []),
            jobs,
            jobs > 0m ? Saturating.Divide(total.Actual, jobs) : null,
            accepted is not null) { ManagementActual = management };
    }

    /// <summary>The programme: sums of the councils' figures, RAG counts and shares of the sums.</summary>
    public ProgrammeMetrics ForProgramme(IReadOnlyList<CouncilMetrics> councils)
    {
        var capital = councils.Aggregate(SpendFigures.Zero, (sum, c) => sum + c.Capital);
        var revenue = councils.Aggregate(SpendFigures.Zero, (sum, c) => sum + c.Revenue);
        var total = capital + revenue;
        var jobs = councils.Sum(c => c.JobsFte);
        var rags = Enum.GetValues<Rag>().ToDictionary(r => r, r => councils.Count(c => c.Rag == r));

        return new ProgrammeMetrics(
            capital,
            revenue,
            total,
            TimeElapsed,
            TimeElapsed - total.SpendRate,
            rags,
            Ratio(councils.Sum(c => c.ManagementActual), total.Allocation),
            Ratio(capital.Actual, total.Actual),
            jobs,
            jobs > 0m ? Saturating.Divide(total.Actual, jobs) : null,
            councils.Count,
            councils.Count(c => c.HasAcceptedReturn));
    }

    /// <summary>One row per investment priority (all of them, in enum order); M&amp;A is not a priority's spend.</summary>
    public IReadOnlyList<PriorityMetrics> ForPriorities(IReadOnlyList<(Council Council, CouncilReturn Return)> returns) =>
        new SpendBreakdown(_catalogue, Round.Id, returns, LedgerOf).Priorities();

    /// <summary>One row per intervention that has projects, by nation and intervention number.</summary>
    public IReadOnlyList<InterventionMetrics> ForInterventions(IReadOnlyList<(Council Council, CouncilReturn Return)> returns) =>
        new SpendBreakdown(_catalogue, Round.Id, returns, LedgerOf).Interventions();

    /// <summary>
    /// One row per indicator reported, by code. Percentages are never summed; cost per unit is given only for counts,
    /// each indicator on its own.
    /// </summary>
    public IReadOnlyList<IndicatorMetrics> ForIndicators(IReadOnlyList<(Council Council, CouncilReturn Return)> returns) =>
        new IndicatorTotals(_catalogue, Round.Id, TimeElapsed, Settings.OnTrackTolerance, LedgerOf).Calculate(returns);

    private ReturnLedger LedgerOf(CouncilReturn accepted)
    {
        if (!_ledgers.TryGetValue(accepted, out var ledger)) _ledgers.Add(accepted, ledger = new ReturnLedger(accepted, Round.Id));
        return ledger;
    }

    private decimal JobsFte(CouncilReturn accepted) =>
        accepted.IndicatorLines.Where(l => _jobIndicatorCodes.Contains(l.IndicatorCode.Trim())).Sum(l => l.CumulativeActual);

    private static IReadOnlyDictionary<ProjectStatus, int> ProjectsByStatus(IReadOnlyList<ReturnProject> projects) =>
        Enum.GetValues<ProjectStatus>().ToDictionary(s => s, s => projects.Count(p => p.Status == s));

    private static decimal Ratio(decimal part, decimal whole) => Saturating.Divide(part, whole);
}
