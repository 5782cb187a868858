using Ukspf.Domain.Rounds;

namespace Ukspf.Bench.Workloads;

/// <summary>The round every workload reports on, and the dates around it.</summary>
public static class BenchRound
{
    /// <summary>2025-26 Q3: three quarters of actuals and one of forecast.</summary>
    public static RoundId Id { get; } = RoundId.Parse("2025-26-Q3");

    public static DateOnly Deadline { get; } = new(2026, 1, 30);

    /// <summary>The day returns are received: after the quarter, before the deadline.</summary>
    public static DateOnly Received { get; } = new(2026, 1, 12);

    public static Round Open { get; } = new(Id, Deadline, IsOpen: true, FundingPeriod.For(Id.Year));

    /// <summary>The <paramref name="count"/> quarterly rounds before <see cref="Id"/>, oldest first.</summary>
    public static IReadOnlyList<RoundId> Earlier(int count)
    {
        var rounds = new List<RoundId>();
        var round = Id;
        for (var i = 0; i < count; i++) rounds.Add(round = round.Previous());
        rounds.Reverse();
        return rounds;
    }
}
