namespace Ukspf.Functions.Hosting.Protocol;

/// <summary>The schedule settings of a timer payload.</summary>
/// <param name="AdjustForDST">Whether occurrences follow daylight saving time; always false here, schedules are UTC.</param>
public sealed record TimerSchedule(bool AdjustForDST);
