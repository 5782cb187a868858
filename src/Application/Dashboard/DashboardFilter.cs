using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;

namespace Ukspf.Application.Dashboard;

/// <summary>Which councils a round dashboard lists; null for any.</summary>
/// <param name="Nation">Only councils of this nation.</param>
/// <param name="Rag">Only councils with this RAG rating.</param>
public sealed record DashboardFilter(Nation? Nation = null, Rag? Rag = null)
{
    /// <summary>Every council.</summary>
    public static DashboardFilter All { get; } = new();
}
