namespace Ukspf.Storage.Tests.Local;

/// <summary>A clock that only moves when told to, so lease expiry can be tested without waiting.</summary>
public sealed class ManualClock : TimeProvider
{
    private long _utcTicks = new DateTimeOffset(2024, 4, 1, 9, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan span) => Interlocked.Add(ref _utcTicks, span.Ticks);
}
