using Ukspf.Domain.ReferenceData;
using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Councils;

/// <summary>The lead local authorities known to the fund and the successions between them, from reference data.</summary>
public sealed class CouncilRegister
{
    private static readonly Lazy<CouncilRegister> LazyDefault = new(() => FromTables(EmbeddedData.Read("councils.csv"), EmbeddedData.Read("successions.csv")));

    private readonly Dictionary<string, Council> _byCode;
    private readonly Dictionary<string, Council> _byName;

    /// <summary>Builds a register.</summary>
    public CouncilRegister(IEnumerable<(Council Council, IEnumerable<string> Aliases)> councils, IEnumerable<Succession> successions)
    {
        var list = councils.ToList();
        Councils = list.Select(c => c.Council).ToList();
        Successions = successions.ToList();
        _byCode = Councils.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        _byName = new Dictionary<string, Council>(StringComparer.OrdinalIgnoreCase);
        foreach (var (council, aliases) in list)
            foreach (var name in aliases.Prepend(council.Name).Prepend(council.Code))
                _byName.TryAdd(name.Trim(), council);
    }

    /// <summary>The register shipped with this version (ReferenceData/councils.csv, successions.csv).</summary>
    public static CouncilRegister Default => LazyDefault.Value;

    /// <summary>Every council.</summary>
    public IReadOnlyList<Council> Councils { get; }

    /// <summary>Every succession.</summary>
    public IReadOnlyList<Succession> Successions { get; }

    /// <summary>The council with that LLA code.</summary>
    public Council? Find(string code) => _byCode.GetValueOrDefault(code.Trim());

    /// <summary>
    /// The key a council folder or code is stored under: the register's own code when it knows the council (ignoring
    /// case and surrounding spaces), otherwise <see cref="CouncilCode.Normalise"/>d, so an unknown council too has one key.
    /// </summary>
    public string KeyOf(string folderOrCode) => Find(folderOrCode)?.Code ?? CouncilCode.Normalise(folderOrCode);

    /// <summary>The council known by that code, name or alias (e.g. "Adur District Council").</summary>
    public Council? FindByName(string nameOrCode) => _byName.GetValueOrDefault(nameOrCode.Trim());

    /// <summary>The LLA that holds <paramref name="code"/>'s allocation in <paramref name="year"/>, following successions.</summary>
    public string HolderIn(string code, FinancialYear year)
    {
        var current = code;
        for (var hops = 0; hops < 10; hops++)
        {
            var next = Successions.FirstOrDefault(s => string.Equals(s.FromCode, current, StringComparison.OrdinalIgnoreCase) && s.Effective <= year);
            if (next is null) return current;
            current = next.ToCode;
        }
        return current;
    }

    /// <summary>Reads councils.csv (code, name, nation, aliases separated by '|') and successions.csv.</summary>
    public static CouncilRegister FromTables(CsvTable councils, CsvTable successions) => new(
        councils.Rows.Select(r => (
            new Council(councils.Get(r, "code"), councils.Get(r, "name"), Enum.Parse<Nation>(councils.Get(r, "nation").Replace(" ", ""))),
            (IEnumerable<string>)councils.Get(r, "aliases").Split('|', StringSplitOptions.RemoveEmptyEntries))),
        successions.Rows.Select(r => new Succession(successions.Get(r, "from_code"), successions.Get(r, "to_code"), FinancialYear.Parse(successions.Get(r, "effective_year")))));
}
