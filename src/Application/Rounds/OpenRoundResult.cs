namespace Ukspf.Application.Rounds;

/// <summary>What opening a round wrote.</summary>
/// <param name="Round">The round.</param>
/// <param name="Templates">Template blobs written (templates container), one per council with an allocation that year.</param>
public sealed record OpenRoundResult(string Round, IReadOnlyList<string> Templates);
