using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Ukspf.Application.Notifications;

namespace Ukspf.Functions.Reminders;

/// <summary>The nightly deadline reminders.</summary>
public sealed class SendRemindersFunction(SendDeadlineReminders reminders, ILogger<SendRemindersFunction> log)
{
    /// <summary>The timer's schedule: the <see cref="AppSettingNames.ReminderSchedule"/> setting (07:00 UTC as deployed).</summary>
    public const string Schedule = "%" + AppSettingNames.ReminderSchedule + "%";

    /// <summary>
    /// Reminds every council with no accepted return for an open round whose deadline is near; a run missed while
    /// the app was stopped runs once, marked past due, and sends nothing already sent that day.
    /// </summary>
    [Function(FunctionNames.SendReminders)]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue) log.LogInformation("Sending missed deadline reminders (past due).");
        var run = await reminders.RunAsync(cancellationToken);
        if (!run.NotificationsOn) log.LogInformation("Notifications are off ({Setting} is not set): no reminder sent.", AppSettingNames.NotifyApiKey);
        if (run.RoundsInWindow.Count == 0) log.LogInformation("No open round has its deadline within the reminder window.");
        foreach (var group in run.Reminders.GroupBy(r => r.Status))
            log.LogInformation("Reminders {Status}: {Count} ({Councils})", group.Key, group.Count(), string.Join(", ", group.Select(r => r.CouncilCode).Distinct()));
    }
}
