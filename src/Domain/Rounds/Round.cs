namespace Ukspf.Domain.Rounds;

/// <summary>A reporting round that fund managers open for councils to return against.</summary>
/// <param name="Id">The period reported on.</param>
/// <param name="Deadline">The last day a return counts as on time.</param>
/// <param name="IsOpen">Whether returns are accepted.</param>
/// <param name="FundingPeriod">The funding period the round belongs to.</param>
public sealed record Round(RoundId Id, DateOnly Deadline, bool IsOpen, FundingPeriod FundingPeriod);
