using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;

namespace Ukspf.Domain.Metrics;

/// <summary>One council's figures for the round.</summary>
/// <param name="LlaCode">The council.</param>
/// <param name="Name">Its name.</param>
/// <param name="Nation">Its nation.</param>
/// <param name="Capital">Capital spend against capital allocation.</param>
/// <param name="Revenue">Revenue spend against revenue allocation.</param>
/// <param name="Total">Both together.</param>
/// <param name="SpendGap">Time elapsed minus spend rate: positive means behind.</param>
/// <param name="Rag">From forecast outturn against allocation.</param>
/// <param name="ManagementShare">M&amp;A actual / allocation.</param>
/// <param name="CapitalShare">Capital actual / total actual.</param>
/// <param name="ProjectsByStatus">Count of projects by status.</param>
/// <param name="JobsFte">Jobs created and safeguarded to date, FTE.</param>
/// <param name="CostPerJob">Total actual / jobs, if any jobs.</param>
/// <param name="HasAcceptedReturn">Whether the figures come from an accepted return this round.</param>
public sealed record CouncilMetrics(
    string LlaCode,
    string Name,
    Nation Nation,
    SpendFigures Capital,
    SpendFigures Revenue,
    SpendFigures Total,
    decimal SpendGap,
    Rag Rag,
    decimal ManagementShare,
    decimal CapitalShare,
    IReadOnlyDictionary<ProjectStatus, int> ProjectsByStatus,
    decimal JobsFte,
    decimal? CostPerJob,
    bool HasAcceptedReturn)
{
    /// <summary>Management and administration actual to date (pounds), so programme shares can be summed.</summary>
    public decimal ManagementActual { get; init; }
}
