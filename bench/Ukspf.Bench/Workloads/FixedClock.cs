namespace Ukspf.Bench.Workloads;

/// <summary>A clock that stands still, so blob names and receipt times are the same on every run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock AtReceipt { get; } = new(BenchRound.Received.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));

    /// <summary>The night after the deadline, when the reconciliation finds who is missing.</summary>
    public static FixedClock AfterDeadline { get; } = new(BenchRound.Deadline.AddDays(3).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc));

    public override DateTimeOffset GetUtcNow() => now;
}
