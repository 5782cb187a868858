using Ukspf.Domain.Councils;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;

namespace Ukspf.Application.Dashboard;

/// <summary>A round's dashboard: the reconciled round as of now, narrowed to the councils a filter selects.</summary>
/// <param name="Report">The whole round as the nightly run would publish it now.</param>
/// <param name="Filter">The filter applied.</param>
/// <param name="Rows">The councils the filter selects, in name order.</param>
/// <param name="Nations">The nations of the round's councils, for choosing a filter.</param>
public sealed record RoundDashboardView(RoundReport Report, DashboardFilter Filter, IReadOnlyList<DashboardRow> Rows, IReadOnlyList<Nation> Nations)
{
    /// <summary>The selected councils by RAG rating; every rating is present.</summary>
    public IReadOnlyDictionary<Rag, int> RagCounts => Enum.GetValues<Rag>().ToDictionary(r => r, r => Rows.Count(x => x.Metrics.Rag == r));

    /// <summary>The selected councils by where their return stands; every state is present.</summary>
    public IReadOnlyDictionary<ReturnState, int> StateCounts => Enum.GetValues<ReturnState>().ToDictionary(s => s, s => Rows.Count(x => x.State == s));

    /// <summary>The selected councils' spend against allocation, capital and revenue together.</summary>
    public SpendFigures Total => Rows.Aggregate(SpendFigures.Zero, (sum, r) => sum + r.Metrics.Total);

    /// <summary>Months of the funding period elapsed at the round's end, as a share of its months (0 to 1).</summary>
    public decimal TimeElapsed => Report.Programme.TimeElapsed;
}
