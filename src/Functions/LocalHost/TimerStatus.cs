namespace Ukspf.Functions.LocalHost;

/// <summary>A timer's persisted schedule status, as the Functions host's schedule monitor keeps it.</summary>
/// <param name="Last">The last occurrence run, or null before the first.</param>
/// <param name="Next">The next occurrence due.</param>
/// <param name="LastUpdated">When this status was written.</param>
internal sealed record TimerStatus(DateTimeOffset? Last, DateTimeOffset Next, DateTimeOffset LastUpdated);
