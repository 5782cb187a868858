namespace Ukspf.Functions.Tests.LocalHost;

/// <summary>A clock the test moves by hand; timers and delays still run on real time.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref ticks, now.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
