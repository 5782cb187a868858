namespace Ukspf.Functions.Hosting.Protocol;

/// <summary>A timer trigger's value in Data: the schedule status the host keeps and whether this run is late.</summary>
/// <param name="Schedule">Schedule settings.</param>
/// <param name="ScheduleStatus">The last occurrence, the one now due (Next) and when the status was last written; null when unmonitored.</param>
/// <param name="IsPastDue">True when the occurrence was missed (no instance was running) and is being made good now.</param>
public sealed record TimerPayload(TimerSchedule Schedule, TimerScheduleStatus? ScheduleStatus, bool IsPastDue);
