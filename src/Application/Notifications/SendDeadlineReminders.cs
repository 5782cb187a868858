using Ukspf.Application.Allocations;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Domain.Submissions;

namespace Ukspf.Application.Notifications;

/// <summary>
/// Timer-triggered (nightly): for each open round whose deadline is within <see cref="NotifyOptions.ReminderDays"/>
/// days (the deadline day included), reminds every expected council (one with an allocation for the round's year)
/// that has no accepted return, once per recipient per day, whatever the number of runs.
/// </summary>
public sealed class SendDeadlineReminders(
    StorageSetup setup,
    RoundRepository rounds,
    AllocationRepository allocations,
    SubmissionRepository submissions,
    IReminderRecipients recipients,
    IReturnNotifier notifier,
    ReminderLog log,
    NotifyOptions options,
    TimeProvider clock)
{
    /// <summary>Sends the day's reminders; when notifications are off, lists who is due one and sends nothing.</summary>
    public async Task<RemindersRun> RunAsync(CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var due = (await rounds.ListAsync(cancellationToken))
            .Where(r => r.IsOpen && r.Deadline >= today && r.Deadline.DayNumber - today.DayNumber <= options.ReminderDays)
            .ToList();
        var results = new List<ReminderResult>();
        if (due.Count == 0) return new RemindersRun(today, notifier.IsOn, [], results);

        var book = await allocations.LoadAsync(cancellationToken);
        foreach (var round in due)
        {
            var answered = (await submissions.ListRoundAsync(round.Id, cancellationToken))
                // A superseded return was accepted once and replaced by a later accepted one: either way, answered.
                .Where(s => s.Summary.Status is SubmissionStatus.Accepted or SubmissionStatus.Superseded)
                .Select(s => s.Summary.LlaCode)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var daysLeft = round.Deadline.DayNumber - today.DayNumber;
            foreach (var council in book.CouncilsIn(round.Id.Year).Where(c => !answered.Contains(c)).Order(StringComparer.Ordinal))
            {
                var emails = (await recipients.EmailsForAsync(council, cancellationToken))
                    .Where(e => !string.IsNullOrWhiteSpace(e))
                    .Select(e => e.Trim())
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .ToList();
                if (emails.Count == 0) results.Add(new ReminderResult(round.Id.ToString(), council, null, daysLeft, ReminderStatus.NoRecipients));
                foreach (var email in emails)
                    results.Add(new ReminderResult(round.Id.ToString(), council, email, daysLeft,
                        await RemindAsync(new DeadlineReminder(round, council, email, today), cancellationToken)));
            }
        }
        return new RemindersRun(today, notifier.IsOn, due.Select(r => r.Id.ToString()).ToList(), results);
    }

    private async Task<ReminderStatus> RemindAsync(DeadlineReminder reminder, CancellationToken cancellationToken)
    {
        if (!notifier.IsOn) return ReminderStatus.Off;
        var id = reminder.Round.Id;
        if (!await log.TryClaimAsync(id, reminder.CouncilCode, reminder.Email, reminder.Today, cancellationToken)) return ReminderStatus.AlreadySent;

        NotificationOutcome outcome;
        try
        {
            outcome = await notifier.DeadlineNearsAsync(reminder, cancellationToken);
        }
        catch
        {
            await log.ReleaseAsync(id, reminder.CouncilCode, reminder.Email, reminder.Today, CancellationToken.None);
            throw;
        }

        if (outcome == NotificationOutcome.Sent)
        {
            await log.MarkSentAsync(id, reminder.CouncilCode, reminder.Email, reminder.Today, clock.GetUtcNow(), cancellationToken);
            return ReminderStatus.Sent;
        }
        await log.ReleaseAsync(id, reminder.CouncilCode, reminder.Email, reminder.Today, cancellationToken);
        return outcome == NotificationOutcome.Off ? ReminderStatus.Off : ReminderStatus.Failed;
    }
}
