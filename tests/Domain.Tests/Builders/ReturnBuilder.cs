using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;

namespace Ukspf.Domain.Tests.Builders;

/// <summary>
/// Builds a <see cref="CouncilReturn"/> in code. <see cref="Valid"/> gives a return that passes every rule for its
/// council and round (with the context from <see cref="ContextBuilder.For"/>); each With... call changes one thing.
/// </summary>
/// <example>
/// <code>
/// var ret = ReturnBuilder.Valid().WithSpend("P1", "2025-26-Q1", capitalActual: 900m).Build();
/// var findings = Validator.Validate(ContextBuilder.For(ret).Build());
/// </code>
/// </example>
public sealed class ReturnBuilder
{
    /// <summary>The council of <see cref="Valid"/> unless told otherwise: Adur, in England.</summary>
    public const string DefaultCouncil = "E07000223";

    /// <summary>The round of <see cref="Valid"/> unless told otherwise.</summary>
    public const string DefaultRound = "2025-26-Q2";

    /// <summary>The project of <see cref="Valid"/>: a town-centre project under E1.</summary>
    public const string DefaultProject = "P1";

    /// <summary>Per quarter of the default project in <see cref="Valid"/>.</summary>
    public const decimal QuarterlyCapital = 10_000m, QuarterlyRevenue = 5_000m, QuarterlyManagement = 500m;

    private readonly List<ReturnProject> _projects = [];
    private readonly List<SpendLine> _spend = [];
    private readonly List<IndicatorLine> _outputs = [];
    private readonly List<IndicatorLine> _outcomes = [];
    private ReturnMetadata _metadata;
    private ProgrammeAnswers _programme = new(Rag.Green, Rag.Green, "Delivery is on track across all projects.",
        "The high street works finish in the spring.", 0m, 0m, 0m);
    private SignOff _signOff = new("Sam Taylor", "Section 151 officer", new DateOnly(2025, 10, 20));
    private DeclaredTotals? _totals;
    private bool _computeTotals = true;

    private ReturnBuilder(string llaCode, string round)
    {
        _metadata = new ReturnMetadata(TemplateSchema.Version, round, llaCode);
        Round = RoundId.Parse(round);
    }

    /// <summary>The round the return is for.</summary>
    public RoundId Round { get; }

    /// <summary>A return with no projects, spend or indicators, but complete programme answers and sign-off.</summary>
    public static ReturnBuilder Empty(string llaCode = DefaultCouncil, string round = DefaultRound) => new(llaCode, round);

    /// <summary>
    /// A return that passes every rule: project P1 under E1 with £10,000 capital and £5,000 revenue a quarter (actual
    /// for quarters ended by the round's end, forecast after), £500 M&amp;A a quarter, public realm and jobs on target.
    /// </summary>
    public static ReturnBuilder Valid(string llaCode = DefaultCouncil, string round = DefaultRound)
    {
        var builder = new ReturnBuilder(llaCode, round).WithProject(DefaultProject)
            .WithQuarterlySpend(DefaultProject, QuarterlyCapital, QuarterlyRevenue)
            .WithQuarterlySpend(SpendLine.ManagementAndAdministration, 0m, QuarterlyManagement);
        var ended = builder.Quarters().Count(q => q.End <= builder.Round.End);
        return builder
            .WithOutput(DefaultProject, "CP-O13", actual: 100m * ended, forecast: 100m * ended, target: 1_000m)
            .WithOutcome(DefaultProject, "CP-R01", actual: 1m * ended, forecast: 1m * ended, target: 10m);
    }

    /// <summary>The quarters of the round's financial year.</summary>
    public IEnumerable<RoundId> Quarters() => Enumerable.Range(1, 4).Select(n => new RoundId(Round.Year, PeriodKind.Quarter, n));

    /// <summary>Changes what the metadata sheet says.</summary>
    public ReturnBuilder WithMetadata(string? templateVersion = null, string? round = null, string? llaCode = null)
    {
        _metadata = new ReturnMetadata(templateVersion ?? _metadata.TemplateVersion, round ?? _metadata.Round, llaCode ?? _metadata.LlaCode);
        return this;
    }

    /// <summary>Adds a project running through the round's financial year.</summary>
    public ReturnBuilder WithProject(string reference, string intervention = "E1", ProjectStatus status = ProjectStatus.Live, string? closedReason = null, string? name = null)
    {
        _projects.Add(new ReturnProject(reference, name ?? $"Project {reference}", intervention, status, closedReason,
            Round.Year.Start, Round.Year.End, "Adur District Council", "Shoreham-by-Sea"));
        return this;
    }

    /// <summary>Replaces a project, found by reference.</summary>
    public ReturnBuilder WithProjectChanged(string reference, Func<ReturnProject, ReturnProject> change) => Replace(_projects, p => p.Ref == reference, change);

    /// <summary>Adds one spend line.</summary>
    public ReturnBuilder WithSpend(string reference, string quarter, decimal capitalActual = 0m, decimal revenueActual = 0m,
        decimal capitalForecast = 0m, decimal revenueForecast = 0m, string? comment = null, string? correctionReason = null)
    {
        _spend.Add(new SpendLine(reference, RoundId.Parse(quarter), capitalActual, revenueActual, capitalForecast, revenueForecast, comment, correctionReason));
        return this;
    }

    /// <summary>Adds a line for each quarter of the year: actual for quarters ended by the round's end, forecast after.</summary>
    public ReturnBuilder WithQuarterlySpend(string reference, decimal capital, decimal revenue)
    {
        foreach (var q in Quarters())
        {
            var ended = q.End <= Round.End;
            _spend.Add(new SpendLine(reference, q, ended ? capital : 0m, ended ? revenue : 0m, ended ? 0m : capital, ended ? 0m : revenue));
        }
        return this;
    }

    /// <summary>Replaces the spend line of a project and quarter.</summary>
    public ReturnBuilder WithSpendChanged(string reference, string quarter, Func<SpendLine, SpendLine> change) =>
        Replace(_spend, l => l.ProjectRef == reference && l.Quarter == RoundId.Parse(quarter), change);

    /// <summary>Removes every spend line.</summary>
    public ReturnBuilder WithoutSpend()
    {
        _spend.Clear();
        return this;
    }

    /// <summary>Adds an output line; the unit defaults to the indicator's own.</summary>
    public ReturnBuilder WithOutput(string reference, string indicator, decimal actual, decimal? forecast = null, decimal? target = null,
        string? unit = null, string? comment = null, string? correctionReason = null)
    {
        _outputs.Add(new IndicatorLine(reference, indicator, unit ?? UnitOf(indicator), actual, forecast, target, comment, correctionReason));
        return this;
    }

    /// <summary>Adds an outcome line; the unit defaults to the indicator's own.</summary>
    public ReturnBuilder WithOutcome(string reference, string indicator, decimal actual, decimal? forecast = null, decimal? target = null,
        string? unit = null, string? comment = null, string? correctionReason = null)
    {
        _outcomes.Add(new IndicatorLine(reference, indicator, unit ?? UnitOf(indicator), actual, forecast, target, comment, correctionReason));
        return this;
    }

    /// <summary>Replaces the output line of a project and indicator.</summary>
    public ReturnBuilder WithOutputChanged(string reference, string indicator, Func<IndicatorLine, IndicatorLine> change) =>
        Replace(_outputs, l => l.ProjectRef == reference && l.IndicatorCode == indicator, change);

    /// <summary>Removes every output and outcome line.</summary>
    public ReturnBuilder WithoutIndicators()
    {
        _outputs.Clear();
        _outcomes.Clear();
        return this;
    }

    /// <summary>Changes the programme answers.</summary>
    public ReturnBuilder WithProgramme(Func<ProgrammeAnswers, ProgrammeAnswers> change)
    {
        _programme = change(_programme);
        return this;
    }

    /// <summary>Changes the sign-off.</summary>
    public ReturnBuilder WithSignOff(SignOff signOff)
    {
        _signOff = signOff;
        return this;
    }

    /// <summary>Declares these totals instead of the sums of the spend lines (the default).</summary>
    public ReturnBuilder WithTotals(DeclaredTotals? totals)
    {
        _totals = totals;
        _computeTotals = false;
        return this;
    }

    /// <summary>Builds the return.</summary>
    public CouncilReturn Build() => new(_metadata, _projects.ToList(), _spend.ToList(), _outputs.ToList(), _outcomes.ToList(),
        _computeTotals ? SumsOf(_spend) : _totals, _programme, _signOff);

    /// <summary>Totals equal to the sums of the lines.</summary>
    public static DeclaredTotals SumsOf(IReadOnlyCollection<SpendLine> lines) => new(
        lines.Sum(l => l.CapitalActual), lines.Sum(l => l.RevenueActual), lines.Sum(l => l.CapitalForecast), lines.Sum(l => l.RevenueForecast));

    private string UnitOf(string indicator) =>
        Catalogue.Catalogue.Default.FindIndicator(indicator, Round.Year) is { } found ? Catalogue.Catalogue.LabelOf(found.Unit) : "Number";

    private ReturnBuilder Replace<T>(List<T> items, Func<T, bool> match, Func<T, T> change)
    {
        var index = items.FindIndex(i => match(i));
        if (index < 0) throw new InvalidOperationException("The builder has no such line to change.");
        items[index] = change(items[index]);
        return this;
    }
}
