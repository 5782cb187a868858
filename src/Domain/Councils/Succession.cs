using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Councils;

/// <summary>One LLA's allocation passing to another from a financial year (e.g. a district to a combined county authority).</summary>
/// <param name="FromCode">The LLA that stops receiving the allocation.</param>
/// <param name="ToCode">The LLA that receives it from <paramref name="Effective"/>.</param>
/// <param name="Effective">The first financial year of the successor.</param>
public sealed record Succession(string FromCode, string ToCode, FinancialYear Effective);
