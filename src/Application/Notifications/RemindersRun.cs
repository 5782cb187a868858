namespace Ukspf.Application.Notifications;

/// <summary>What one run of <see cref="SendDeadlineReminders"/> did.</summary>
/// <param name="Today">The day it ran for (UTC).</param>
/// <param name="NotificationsOn">False when no Notify API key is configured: nothing was sent.</param>
/// <param name="RoundsInWindow">The open rounds whose deadline is within the reminder window.</param>
/// <param name="Reminders">Every council due a reminder, per recipient.</param>
public sealed record RemindersRun(DateOnly Today, bool NotificationsOn, IReadOnlyList<string> RoundsInWindow, IReadOnlyList<ReminderResult> Reminders)
{
    /// <summary>How many reminders went out in this run.</summary>
    public int Sent => Reminders.Count(r => r.Status == ReminderStatus.Sent);
}
