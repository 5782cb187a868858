using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Allocations;

/// <summary>The allocations in force: for each LLA, year, fund line and spend type, the figure with the latest as-of date.</summary>
public sealed class AllocationBook
{
    private readonly Dictionary<(string Lla, FinancialYear Year, FundLine Line, SpendType Type), Allocation> _current = new();

    /// <summary>Builds the book; where a determination was re-issued the latest as-of date wins.</summary>
    public AllocationBook(IEnumerable<Allocation> allocations)
    {
        foreach (var a in allocations)
        {
            var key = (a.LlaCode, a.Year, a.FundLine, a.SpendType);
            if (!_current.TryGetValue(key, out var existing) || a.AsOf >= existing.AsOf) _current[key] = a;
        }
    }

    /// <summary>Every allocation in force.</summary>
    public IEnumerable<Allocation> All => _current.Values;

    /// <summary>The LLAs with at least one allocation in <paramref name="year"/>.</summary>
    public IEnumerable<string> CouncilsIn(FinancialYear year) => _current.Keys.Where(k => k.Year == year).Select(k => k.Lla).Distinct();

    /// <summary>The amount in force for an LLA and year, for one spend type or both, across fund lines (or one).</summary>
    public decimal Amount(string llaCode, FinancialYear year, SpendType? type = null, FundLine? line = null) =>
        _current.Values
            .Where(a => a.LlaCode == llaCode && a.Year == year && (type is null || a.SpendType == type) && (line is null || a.FundLine == line))
            .Sum(a => a.Amount);

    /// <summary>True when any allocation exists for the LLA and year.</summary>
    public bool Has(string llaCode, FinancialYear year) => _current.Keys.Any(k => k.Lla == llaCode && k.Year == year);
}
