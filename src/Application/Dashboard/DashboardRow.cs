using Ukspf.Domain.Metrics;

namespace Ukspf.Application.Dashboard;

/// <summary>One council on a round dashboard.</summary>
/// <param name="Metrics">Its figures for the round (zero spend when it has no accepted return).</param>
/// <param name="State">Where its return stands.</param>
/// <param name="Note">What the reconciliation says about its return (missing, none accepted, late), or null when nothing.</param>
public sealed record DashboardRow(CouncilMetrics Metrics, ReturnState State, string? Note);
