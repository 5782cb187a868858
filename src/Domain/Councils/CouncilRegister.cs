using Ukspf.Domain.ReferenceData;
using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Councils;

/// <summary>
/// The councils known to the fund, keyed by GSS code, with the names, slugs and old codes they are also known by, and
/// the successions between them, from reference data (ReferenceData/README.md says where it comes from).
/// </summary>
public sealed class CouncilRegister
{
    private static readonly Lazy<CouncilRegister> LazyDefault = new(() => FromTables(
        [EmbeddedData.Read("councils.csv"), EmbeddedData.Read("areas.csv")], EmbeddedData.Read("successions.csv"), EmbeddedData.Read("councils-abolished.csv")));

    private readonly Dictionary<string, Council> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Council> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Builds a register. Each council is found by its code, name, official name and aliases, and by the slug of each;
    /// an abolished council's code, name and slug find its successor when there is exactly one (following chains), and
    /// nothing when its area was split.
    /// </summary>
    public CouncilRegister(IEnumerable<(Council Council, IEnumerable<string> Aliases)> councils, IEnumerable<Succession> successions, IEnumerable<Abolition>? abolitions = null)
    {
        var list = councils.ToList();
        Councils = list.Select(c => c.Council).ToList();
        Successions = successions.ToList();
        Abolitions = (abolitions ?? []).ToList();
        foreach (var c in Councils) _byKey.TryAdd(c.Code, c);
        foreach (var (council, aliases) in list)
            Add(council, aliases.Prepend(council.OfficialName ?? council.Name).Prepend(council.Name));
        var abolished = Abolitions.ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var abolition in Abolitions)
            if (SuccessorOf(abolition, abolished, 0) is { } successor)
            {
                _byKey.TryAdd(abolition.Code, successor);
                Add(successor, [abolition.Name, CouncilNames.Short(abolition.Name)]);
            }
    }

    /// <summary>The register shipped with this version (ReferenceData/councils.csv, areas.csv, councils-abolished.csv, successions.csv).</summary>
    public static CouncilRegister Default => LazyDefault.Value;

    /// <summary>Every current council (and area without one), in the order of the reference data.</summary>
    public IReadOnlyList<Council> Councils { get; }

    /// <summary>Every succession of an allocation from one council to another.</summary>
    public IReadOnlyList<Succession> Successions { get; }

    /// <summary>Every abolished council and replaced code.</summary>
    public IReadOnlyList<Abolition> Abolitions { get; }

    /// <summary>
    /// The council with that GSS code or slug (ignoring case and surrounding spaces): "E07000223" and "adur" both give
    /// Adur; an abolished council's old code or slug gives its successor.
    /// </summary>
    public Council? Find(string code) => _byKey.GetValueOrDefault(code.Trim());

    /// <summary>
    /// The key a council folder or code is stored under: the GSS code of the council <see cref="Find"/> or
    /// <see cref="FindByName"/> knows it as, otherwise <see cref="CouncilCode.Normalise"/>d, so an unknown council too has one key.
    /// </summary>
    public string KeyOf(string folderOrCode) => (Find(folderOrCode) ?? FindByName(folderOrCode))?.Code ?? CouncilCode.Normalise(folderOrCode);

    /// <summary>
    /// True when both name the same council by any of its codes, old codes or slugs ("adur" and "E07000223"), or are
    /// the same text ignoring case and surrounding spaces.
    /// </summary>
    public bool SameCouncil(string codeOrSlug, string other) => string.Equals(KeyOf(codeOrSlug), KeyOf(other), StringComparison.OrdinalIgnoreCase);

    /// <summary>The council known by that code, slug, name, official name or alias (e.g. "Adur District Council"), following abolitions.</summary>
    public Council? FindByName(string nameOrCode) => Find(nameOrCode) ?? _byName.GetValueOrDefault(nameOrCode.Trim());

    /// <summary>The GSS code of the council that holds <paramref name="code"/>'s allocation in <paramref name="year"/>, following successions.</summary>
    public string HolderIn(string code, FinancialYear year)
    {
        var current = KeyOf(code);
        for (var hops = 0; hops < 10; hops++)
        {
            var next = Successions.FirstOrDefault(s => string.Equals(s.FromCode, current, StringComparison.OrdinalIgnoreCase) && s.Effective <= year);
            if (next is null) return current;
            current = next.ToCode;
        }
        return current;
    }

    /// <summary>
    /// Reads council tables (gss_code, name as officially written, nation, kind, org_id, aliases separated by '|'),
    /// successions.csv (from_code, to_code, effective_year) and, when given, councils-abolished.csv (gss_code, name,
    /// end_date, successor_gss_code separated by ';').
    /// </summary>
    public static CouncilRegister FromTables(IEnumerable<CsvTable> councils, CsvTable successions, CsvTable? abolished = null) => new(
        councils.SelectMany(t => t.Rows.Select(r => (CouncilOf(t, r), (IEnumerable<string>)t.Get(r, "aliases").Split('|', StringSplitOptions.RemoveEmptyEntries)))),
        successions.Rows.Select(r => new Succession(successions.Get(r, "from_code"), successions.Get(r, "to_code"), FinancialYear.Parse(successions.Get(r, "effective_year")))),
        abolished?.Rows.Select(r => new Abolition(abolished.Get(r, "gss_code"), abolished.Get(r, "name"),
            abolished.Get(r, "successor_gss_code").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            abolished.Get(r, "end_date") is { Length: > 0 } end ? DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture) : null)));

    private static Council CouncilOf(CsvTable t, string[] r)
    {
        var official = t.Get(r, "name");
        var name = CouncilNames.Short(official);
        return new Council(t.Get(r, "gss_code"), name, Enum.Parse<Nation>(t.Get(r, "nation").Replace(" ", "")),
            NullIfEmpty(t.Get(r, "kind")), NullIfEmpty(t.Get(r, "org_id")), official == name ? null : official);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private void Add(Council council, IEnumerable<string> names)
    {
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            _byName.TryAdd(name, council);
            _byKey.TryAdd(CouncilNames.Slug(name), council);
        }
    }

    private Council? SuccessorOf(Abolition abolition, Dictionary<string, Abolition> abolished, int depth)
    {
        if (abolition.SuccessorCodes.Count != 1 || depth > 10) return null;
        var code = abolition.SuccessorCodes[0];
        if (Councils.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)) is { } council) return council;
        return abolished.TryGetValue(code, out var next) ? SuccessorOf(next, abolished, depth + 1) : null;
    }
}
