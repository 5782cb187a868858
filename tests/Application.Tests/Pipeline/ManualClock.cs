namespace Ukspf.Application.Tests.Pipeline;

/// <summary>A clock that only moves when a test moves it, so receipt times, deadlines and dated names are known.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset to) => _now = to;
}
