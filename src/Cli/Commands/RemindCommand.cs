using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Ukspf.Application;
using Ukspf.Application.Notifications;
using Ukspf.Domain.Councils;

namespace Ukspf.Cli.Commands;

/// <summary><c>ukspf remind</c>: the nightly deadline reminders, now.</summary>
public static class RemindCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var command = new Command("remind",
            "Email a reminder to every council with no accepted return for an open round whose deadline is near, through GOV.UK Notify. " +
            "Reads the Notify settings from the environment, as the function app does (Notify__ApiKey, Notify__Templates__Reminder, Notify__ReminderDays); " +
            "with no key it lists who is due a reminder and sends nothing. Running it again the same day sends nothing twice.");
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            using var pipeline = Pipeline.Open(parse);
            // The Notify settings come from the environment, so this command gets its own services on the same stores.
            var settings = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            await using var services = new ServiceCollection()
                .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
                .AddNotifySettings(settings)
                .AddUkspfPipeline(pipeline.Blobs, pipeline.Tables)
                .BuildServiceProvider();
            var run = await services.GetRequiredService<SendDeadlineReminders>().RunAsync(ct);
            var days = services.GetRequiredService<NotifyOptions>().ReminderDays;

            if (!run.NotificationsOn)
                AnsiConsole.MarkupLine($"Notifications are off: set {NotifyOptions.Section}__{nameof(NotifyOptions.ApiKey)} to send reminders. Nothing was sent.");
            if (run.RoundsInWindow.Count == 0)
            {
                AnsiConsole.MarkupLineInterpolated($"No open round has its deadline within {days} days of {run.Today:d MMMM yyyy}.");
                return 0;
            }

            var councils = services.GetRequiredService<CouncilRegister>();
            var table = new Table().AddColumns("Round", "Council", "Code", "Recipient", "Days left", "Reminder");
            foreach (var r in run.Reminders)
                table.AddRow(r.Round, ConsoleText.Cell(councils.Find(r.CouncilCode)?.Name ?? r.CouncilCode), r.CouncilCode, ConsoleText.Cell(r.Email ?? "(nobody to remind)"),
                    r.DaysLeft.ToString(CultureInfo.InvariantCulture), Describe(r.Status));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated($"{run.Sent} reminders sent for {string.Join(", ", run.RoundsInWindow)}.");
            return run.Reminders.Any(r => r.Status == ReminderStatus.Failed) ? 1 : 0;
        }));
        return command;
    }

    private static string Describe(ReminderStatus status) => status switch
    {
        ReminderStatus.Sent => "sent",
        ReminderStatus.AlreadySent => "sent earlier today",
        ReminderStatus.Failed => "not sent: GOV.UK Notify refused it or could not be reached (see the warning above)",
        ReminderStatus.Off => "due (notifications are off)",
        _ => "due, but nobody is listed for the council",
    };
}
