namespace Ukspf.Functions.Hosting.Protocol;

/// <summary>The persisted status of a timer.</summary>
/// <param name="Last">The previous occurrence run.</param>
/// <param name="Next">The occurrence being run now (the host's "next" when it was recorded).</param>
/// <param name="LastUpdated">When the status was last written.</param>
public sealed record TimerScheduleStatus(DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated);
