using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Reconciliation;

/// <summary>A project's actual spend (capital plus revenue) in one financial year, as one return reported it.</summary>
/// <param name="ProjectRef">The project, trimmed, or the management and administration line.</param>
/// <param name="Year">The financial year of the quarters summed.</param>
/// <param name="Actual">Capital plus revenue actual over the year's quarters in the return (pounds).</param>
public sealed record SpendTotal(string ProjectRef, FinancialYear Year, decimal Actual);
