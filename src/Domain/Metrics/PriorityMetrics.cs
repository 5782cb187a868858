using Ukspf.Domain.Catalogue;

namespace Ukspf.Domain.Metrics;

/// <summary>Spend under one investment priority across the programme (allocations are not split by priority).</summary>
/// <param name="Priority">The priority.</param>
/// <param name="CapitalActual">Capital actual to date.</param>
/// <param name="RevenueActual">Revenue actual to date.</param>
/// <param name="ForecastOutturn">Actual plus remaining forecast.</param>
/// <param name="ShareOfSpend">This priority's share of all actual project spend.</param>
/// <param name="Projects">Number of projects.</param>
public sealed record PriorityMetrics(InvestmentPriority Priority, decimal CapitalActual, decimal RevenueActual, decimal ForecastOutturn, decimal ShareOfSpend, int Projects);
