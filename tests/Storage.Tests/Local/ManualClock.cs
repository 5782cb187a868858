namespace Ukspf.Storage.Tests.Local;

/// <summary>A clock stopped at a known instant, so the timestamps a store writes are known in advance.</summary>
public sealed class ManualClock : TimeProvider
{
    private static readonly DateTimeOffset Instant = new(2024, 4, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Instant;
}
