using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Allocations;

/// <summary>One grant determination figure for one LLA, year, fund line and spend type.</summary>
/// <param name="LlaCode">The receiving LLA.</param>
/// <param name="Year">The financial year it is for.</param>
/// <param name="FundLine">Core, Multiply, REPF or capacity.</param>
/// <param name="SpendType">Capital or revenue.</param>
/// <param name="Amount">Pounds.</param>
/// <param name="Source">Where the figure was published.</param>
/// <param name="AsOf">When the figure was published; determinations get re-issued, the latest as-of wins.</param>
public sealed record Allocation(string LlaCode, FinancialYear Year, FundLine FundLine, SpendType SpendType, decimal Amount, string Source, DateOnly AsOf);
