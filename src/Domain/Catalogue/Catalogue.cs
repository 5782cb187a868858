using System.Globalization;
using Ukspf.Domain.Councils;
using Ukspf.Domain.ReferenceData;
using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Catalogue;

/// <summary>The interventions and indicators in force, versioned by nation and financial year, loaded from reference data.</summary>
public sealed class Catalogue
{
    private static readonly Lazy<Catalogue> LazyDefault = new(() =>
        FromTables(EmbeddedData.Read("interventions.csv"), EmbeddedData.Read("indicators.csv")));

    private readonly Dictionary<string, Indicator> _indicators;
    private readonly Dictionary<(string, Nation), Intervention> _interventions;

    /// <summary>Builds a catalogue from loaded entries.</summary>
    public Catalogue(IEnumerable<Intervention> interventions, IEnumerable<Indicator> indicators)
    {
        Interventions = interventions.ToList();
        Indicators = indicators.ToList();
        _interventions = Interventions.ToDictionary(i => (i.Code.ToUpperInvariant(), i.Nation));
        _indicators = Indicators.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The catalogue shipped with this version (ReferenceData/interventions.csv and indicators.csv).</summary>
    public static Catalogue Default => LazyDefault.Value;

    /// <summary>Every intervention, all nations and years.</summary>
    public IReadOnlyList<Intervention> Interventions { get; }

    /// <summary>Every indicator, all years.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The intervention with that code for the nation, if it applies in <paramref name="year"/>.</summary>
    public Intervention? FindIntervention(string code, Nation nation, FinancialYear year) =>
        _interventions.TryGetValue((code.Trim().ToUpperInvariant(), nation), out var i) && i.AppliesIn(year) ? i : null;

    /// <summary>The indicator with that code, if it applies in <paramref name="year"/>.</summary>
    public Indicator? FindIndicator(string code, FinancialYear year) =>
        _indicators.TryGetValue(code.Trim(), out var i) && i.AppliesIn(year) ? i : null;

    /// <summary>The interventions a council of <paramref name="nation"/> may use in <paramref name="year"/>.</summary>
    public IEnumerable<Intervention> InterventionsFor(Nation nation, FinancialYear year) =>
        Interventions.Where(i => i.Nation == nation && i.AppliesIn(year));

    /// <summary>The indicators in force in <paramref name="year"/>.</summary>
    public IEnumerable<Indicator> IndicatorsFor(FinancialYear year) => Indicators.Where(i => i.AppliesIn(year));

    /// <summary>The number of an intervention code without its nation letter: "E12" gives 12.</summary>
    public static int InterventionNumber(string code) =>
        int.TryParse(code.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    /// <summary>Reads the two reference tables.</summary>
    public static Catalogue FromTables(CsvTable interventions, CsvTable indicators) => new(
        interventions.Rows.Select(r => new Intervention(
            interventions.Get(r, "code"),
            Enum.Parse<Nation>(interventions.Get(r, "nation").Replace(" ", "")),
            PriorityFromTitle(interventions.Get(r, "priority")),
            interventions.Get(r, "title"),
            FinancialYear.Parse(interventions.Get(r, "first_year")),
            FinancialYear.Parse(interventions.Get(r, "last_year")))),
        indicators.Rows.Select(r => new Indicator(
            indicators.Get(r, "code"),
            PriorityFromTitle(indicators.Get(r, "priority")),
            indicators.Get(r, "kind") == "output" ? IndicatorKind.Output : IndicatorKind.Outcome,
            indicators.Get(r, "title"),
            UnitFromCode(indicators.Get(r, "unit")),
            indicators.Get(r, "unit_label"),
            indicators.Get(r, "interventions").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(InterventionNumber).ToHashSet(),
            indicators.Get(r, "cumulative") == "true",
            FinancialYear.Parse(indicators.Get(r, "first_year")),
            FinancialYear.Parse(indicators.Get(r, "last_year")))));

    /// <summary>"Communities and Place" and the other priority titles as written in guidance.</summary>
    public static InvestmentPriority PriorityFromTitle(string title) => title.Trim() switch
    {
        "Communities and Place" => InvestmentPriority.CommunitiesAndPlace,
        "Supporting Local Business" => InvestmentPriority.SupportingLocalBusiness,
        "People and Skills" => InvestmentPriority.PeopleAndSkills,
        "Multiply" => InvestmentPriority.Multiply,
        _ => throw new FormatException($"'{title}' is not an investment priority."),
    };

    /// <summary>The title of a priority as guidance writes it.</summary>
    public static string TitleOf(InvestmentPriority priority) => priority switch
    {
        InvestmentPriority.CommunitiesAndPlace => "Communities and Place",
        InvestmentPriority.SupportingLocalBusiness => "Supporting Local Business",
        InvestmentPriority.PeopleAndSkills => "People and Skills",
        _ => "Multiply",
    };

    /// <summary>The unit codes used in indicators.csv.</summary>
    public static IndicatorUnit UnitFromCode(string code) => code switch
    {
        "count" => IndicatorUnit.Count,
        "m2" => IndicatorUnit.SquareMetres,
        "fte" => IndicatorUnit.Fte,
        "percent" => IndicatorUnit.Percent,
        "gbp" => IndicatorUnit.Pounds,
        "tco2e" => IndicatorUnit.TonnesCo2e,
        _ => throw new FormatException($"'{code}' is not an indicator unit code."),
    };

    /// <summary>The unit as a council officer selects it in the template.</summary>
    public static string LabelOf(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Count => "Number",
        IndicatorUnit.SquareMetres => "m2",
        IndicatorUnit.Fte => "FTE",
        IndicatorUnit.Percent => "%",
        IndicatorUnit.Pounds => "£",
        _ => "tCO2e",
    };
}
