using Ukspf.Domain.Returns;

namespace Ukspf.Domain.Metrics;

/// <summary>The whole programme's figures for the round.</summary>
/// <param name="Capital">Capital spend against capital allocation.</param>
/// <param name="Revenue">Revenue against revenue.</param>
/// <param name="Total">Both.</param>
/// <param name="TimeElapsed">Months elapsed / months in the funding period, 0-1.</param>
/// <param name="SpendGap">Time elapsed minus spend rate.</param>
/// <param name="RagCounts">Councils by RAG.</param>
/// <param name="ManagementShare">M&amp;A actual / allocation.</param>
/// <param name="CapitalShare">Capital actual / total actual.</param>
/// <param name="JobsFte">Jobs created and safeguarded, FTE.</param>
/// <param name="CostPerJob">Total actual / jobs, if any.</param>
/// <param name="CouncilsExpected">Councils expected to return.</param>
/// <param name="ReturnsAccepted">Councils with an accepted return this round.</param>
public sealed record ProgrammeMetrics(
    SpendFigures Capital,
    SpendFigures Revenue,
    SpendFigures Total,
    decimal TimeElapsed,
    decimal SpendGap,
    IReadOnlyDictionary<Rag, int> RagCounts,
    decimal ManagementShare,
    decimal CapitalShare,
    decimal JobsFte,
    decimal? CostPerJob,
    int CouncilsExpected,
    int ReturnsAccepted);
