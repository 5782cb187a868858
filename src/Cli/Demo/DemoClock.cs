namespace Ukspf.Cli.Demo;

/// <summary>The demo's own time: it replays a reporting round as if it were happening after the quarter closed.</summary>
/// <param name="start">The time the demo starts at.</param>
public sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves time forward.</summary>
    public void Advance(TimeSpan by) => _now += by;

    /// <summary>Sets the time.</summary>
    public void Set(DateTimeOffset to) => _now = to;
}
