using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Ukspf.Application.Allocations;
using Ukspf.Application.Access;
using Ukspf.Application.Notifications;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Application.Tests.Pipeline;
using Ukspf.Domain.Submissions;
using Ukspf.Storage.Local;
using Xunit;

namespace Ukspf.Application.Tests.Notifications;

/// <summary>
/// The nightly reminders on an embedded store: three councils with allocations, round 2025-26-Q3 open with its
/// deadline on 30 January 2026, Adur's return accepted; reminders go through the fake Notify.
/// </summary>
public sealed class SendDeadlineRemindersTests : IDisposable
{
    private const string AdurOfficer = "returns@adur-worthing.gov.uk";
    private const string ArunOfficer = "ukspf@arun.gov.uk";
    private const string ArunDeputy = "finance@arun.gov.uk";

    private static readonly DateOnly Deadline = new(2026, 1, 30);

    private readonly FakeNotify _notify = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("ukspf-reminders-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));
    private readonly LocalStore _store;
    private readonly List<ServiceProvider> _providers = [];

    public SendDeadlineRemindersTests() => _store = LocalStore.Open(Path.Combine(_folder, "store"), _clock);

    public void Dispose()
    {
        foreach (var p in _providers) p.Dispose();
        _store.Dispose();
        _notify.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Inside_the_window_every_recipient_of_each_council_with_no_accepted_return_gets_one_reminder()
    {
        var services = await StartAsync();
        _clock.Set(new DateTimeOffset(2026, 1, 25, 7, 0, 0, TimeSpan.Zero));

        var run = await services.GetRequiredService<SendDeadlineReminders>().RunAsync();

        Assert.True(run.NotificationsOn);
        Assert.Equal(["2025-26-Q3"], run.RoundsInWindow);
        Assert.Equal(
            new[] { (PipelineHarness.Arun.Code, ArunOfficer, ReminderStatus.Sent), (PipelineHarness.Arun.Code, ArunDeputy, ReminderStatus.Sent), (PipelineHarness.Ashford.Code, (string?)null, ReminderStatus.NoRecipients) }
                .Order(),
            run.Reminders.Select(r => (r.CouncilCode, r.Email, r.Status)).Order());
        Assert.All(run.Reminders, r => Assert.Equal(5, r.DaysLeft));

        var emails = _notify.Emails;
        Assert.Equal(new[] { ArunDeputy, ArunOfficer }, emails.Select(e => e.EmailAddress).Order(StringComparer.Ordinal));
        Assert.All(emails, e =>
        {
            Assert.Equal(TestKeys.ReminderTemplate, e.TemplateId);
            Assert.Equal(TestKeys.ServiceId, e.VerifiedClaims(TestKeys.Secret).GetProperty("iss").GetString());
            var values = e.Personalisation;
            Assert.Equal(EmailPersonalisation.ReminderPlaceholders.Order(), values.Keys.Order());
            Assert.Equal("Arun", values[EmailPersonalisation.Council]);
            Assert.Equal("2025-26-Q3", values[EmailPersonalisation.Round]);
            Assert.Equal("Friday 30 January 2026", values[EmailPersonalisation.Deadline]);
            Assert.Equal("5 days", values[EmailPersonalisation.DaysLeft]);
            Assert.Equal("The UK Shared Prosperity Fund return for Arun for round 2025-26-Q3 is due by Friday 30 January 2026, in 5 days. " +
                "We have not yet accepted a return from you for this round.", values[EmailPersonalisation.Summary]);
            Assert.Equal($"Upload your return into returns-inbox/2025-26-Q3/{PipelineHarness.Arun.Code}/ in the returns storage.", values[EmailPersonalisation.Upload]);
        });
    }

    [Fact]
    public async Task A_second_run_the_same_day_sends_nothing_and_the_next_day_sends_again()
    {
        var services = await StartAsync();
        var reminders = services.GetRequiredService<SendDeadlineReminders>();
        _clock.Set(new DateTimeOffset(2026, 1, 28, 2, 0, 0, TimeSpan.Zero));

        Assert.Equal(2, (await reminders.RunAsync()).Sent);
        _clock.Advance(TimeSpan.FromHours(20));
        var again = await reminders.RunAsync();

        Assert.Equal(0, again.Sent);
        Assert.All(again.Reminders.Where(r => r.Email is not null), r => Assert.Equal(ReminderStatus.AlreadySent, r.Status));
        Assert.Equal(2, _notify.Emails.Count);

        _clock.Advance(TimeSpan.FromHours(4));
        Assert.Equal(2, (await reminders.RunAsync()).Sent);
        Assert.Equal(4, _notify.Emails.Count);
        Assert.Equal(["1 day", "1 day"], _notify.Emails.Skip(2).Select(e => e.Personalisation[EmailPersonalisation.DaysLeft]));

        var sent = await services.GetRequiredService<ReminderLog>().SentAsync(PipelineHarness.Round, PipelineHarness.Arun.Code);
        Assert.Equal(4, sent.Count);
        Assert.Equal([new DateOnly(2026, 1, 28), new DateOnly(2026, 1, 29)], sent.Select(s => s.Day).Distinct().Order());
    }

    [Theory]
    [InlineData("2026-01-22", 0)] // eight days before: outside a seven-day window
    [InlineData("2026-01-23", 2)] // seven days before
    [InlineData("2026-01-30", 2)] // the deadline day
    [InlineData("2026-01-31", 0)] // past the deadline: the return is late, not due
    public async Task Reminders_go_only_inside_the_window_up_to_the_deadline_day(string today, int sent)
    {
        var services = await StartAsync();
        _clock.Set(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc));

        var run = await services.GetRequiredService<SendDeadlineReminders>().RunAsync();

        Assert.Equal(sent, run.Sent);
        Assert.Equal(sent, _notify.Emails.Count);
        if (sent == 0) Assert.Empty(run.RoundsInWindow);
    }

    [Fact]
    public async Task The_window_is_the_configured_number_of_days()
    {
        var services = await StartAsync(o => o.ReminderDays = 2);
        _clock.Set(new DateTimeOffset(2026, 1, 27, 7, 0, 0, TimeSpan.Zero));

        Assert.Equal(0, (await services.GetRequiredService<SendDeadlineReminders>().RunAsync()).Sent);
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, (await services.GetRequiredService<SendDeadlineReminders>().RunAsync()).Sent);
    }

    [Fact]
    public async Task A_closed_round_gets_no_reminders()
    {
        var services = await StartAsync();
        await services.GetRequiredService<OpenRound>().CloseAsync(PipelineHarness.RoundText);
        _clock.Set(new DateTimeOffset(2026, 1, 29, 7, 0, 0, TimeSpan.Zero));

        var run = await services.GetRequiredService<SendDeadlineReminders>().RunAsync();

        Assert.Empty(run.Reminders);
        Assert.Empty(_notify.Requests);
    }

    [Fact]
    public async Task A_council_whose_accepted_return_was_superseded_by_a_later_accepted_one_is_not_reminded_and_a_rejected_return_does_not_count()
    {
        var services = await StartAsync();
        var submissions = services.GetRequiredService<SubmissionRepository>();
        await submissions.SaveAsync(Record(PipelineHarness.Arun.Code, "arun-1", SubmissionStatus.Superseded));
        await submissions.SaveAsync(Record(PipelineHarness.Ashford.Code, "ashford-1", SubmissionStatus.Rejected));
        _clock.Set(new DateTimeOffset(2026, 1, 29, 7, 0, 0, TimeSpan.Zero));

        var run = await services.GetRequiredService<SendDeadlineReminders>().RunAsync();

        Assert.Equal([PipelineHarness.Ashford.Code], run.Reminders.Select(r => r.CouncilCode));
        Assert.Empty(_notify.Emails);
    }

    [Fact]
    public async Task A_reminder_notify_refused_is_not_recorded_so_a_later_run_the_same_day_sends_it()
    {
        var services = await StartAsync();
        var reminders = services.GetRequiredService<SendDeadlineReminders>();
        _clock.Set(new DateTimeOffset(2026, 1, 29, 2, 0, 0, TimeSpan.Zero));
        _notify.Status = HttpStatusCode.InternalServerError;

        var failed = await reminders.RunAsync();
        _notify.Status = HttpStatusCode.Created;
        _clock.Advance(TimeSpan.FromHours(1));
        var retried = await reminders.RunAsync();

        Assert.All(failed.Reminders.Where(r => r.Email is not null), r => Assert.Equal(ReminderStatus.Failed, r.Status));
        Assert.Equal(2, retried.Sent);
        Assert.Equal(4, _notify.Emails.Count);
        Assert.Equal(2, (await services.GetRequiredService<ReminderLog>().SentAsync(PipelineHarness.Round, PipelineHarness.Arun.Code)).Count);
    }

    [Fact]
    public async Task With_notifications_off_the_run_lists_who_is_due_and_sends_and_records_nothing()
    {
        var services = await StartAsync(o => o.ApiKey = "");
        _clock.Set(new DateTimeOffset(2026, 1, 29, 7, 0, 0, TimeSpan.Zero));

        var run = await services.GetRequiredService<SendDeadlineReminders>().RunAsync();

        Assert.False(run.NotificationsOn);
        Assert.Equal([ReminderStatus.Off, ReminderStatus.Off], run.Reminders.Where(r => r.Email is not null).Select(r => r.Status));
        Assert.Empty(_notify.Requests);
        Assert.Empty(await services.GetRequiredService<ReminderLog>().SentAsync(PipelineHarness.Round, PipelineHarness.Arun.Code));
    }

    [Fact]
    public async Task By_default_the_access_list_says_who_is_reminded_and_an_empty_one_reminds_nobody()
    {
        var services = await StartAsync(recipients: false);
        _clock.Set(new DateTimeOffset(2026, 1, 29, 7, 0, 0, TimeSpan.Zero));

        var run = await services.GetRequiredService<SendDeadlineReminders>().RunAsync();

        Assert.IsType<AccessListRecipients>(services.GetRequiredService<IReminderRecipients>());
        Assert.Equal([ReminderStatus.NoRecipients, ReminderStatus.NoRecipients], run.Reminders.Select(r => r.Status));
        Assert.Empty(_notify.Requests);
    }

    [Fact]
    public async Task Everyone_the_access_list_lets_submit_for_a_council_without_an_accepted_return_is_reminded_and_nobody_else()
    {
        var services = await StartAsync(recipients: false);
        var access = services.GetRequiredService<AccessRepository>();
        await access.SaveAsync(new AccessEntry(ArunOfficer, "Arun officer", [PortalRole.Submitter], [PipelineHarness.Arun.Code]));
        await access.SaveAsync(new AccessEntry(AdurOfficer, "Adur officer", [PortalRole.Submitter], [PipelineHarness.Adur.Code]));
        await access.SaveAsync(new AccessEntry("fund.manager@ukspf.example.gov.uk", null, [PortalRole.FundManager], []));
        _clock.Set(new DateTimeOffset(2026, 1, 29, 7, 0, 0, TimeSpan.Zero));

        await services.GetRequiredService<SendDeadlineReminders>().RunAsync();

        var sent = Assert.Single(_notify.Requests);
        Assert.Equal(ArunOfficer, sent.EmailAddress);
        Assert.Equal(TestKeys.ReminderTemplate, sent.TemplateId);
    }

    private async Task<ServiceProvider> StartAsync(Action<NotifyOptions>? change = null, bool recipients = true)
    {
        var options = new NotifyOptions
        {
            ApiKey = TestKeys.ApiKey,
            BaseUrl = _notify.BaseUrl,
            Templates = new NotifyTemplates { ReturnProcessed = TestKeys.ReturnProcessedTemplate, Reminder = TestKeys.ReminderTemplate },
        };
        change?.Invoke(options);
        var collection = new ServiceCollection().AddSingleton(options);
        if (recipients)
        {
            // Adur's officer is listed too: an accepted return means no reminder, whoever is listed.
            collection.AddSingleton<IReminderRecipients>(new ReminderRecipientsList(new()
            {
                [PipelineHarness.Adur.Code] = [AdurOfficer],
                [PipelineHarness.Arun.Code] = [ArunOfficer, ArunDeputy, " UKSPF@arun.gov.uk "],
            }));
        }
        var services = collection.AddUkspfPipeline(_store.Blobs, _store.Tables, _clock).BuildServiceProvider();
        _providers.Add(services);

        var csv = new AllocationsCsv().For(PipelineHarness.Adur.Code, 100_000m, 200_000m).For(PipelineHarness.Arun.Code, 150_000m, 250_000m)
            .For(PipelineHarness.Ashford.Code, 80_000m, 120_000m);
        await services.GetRequiredService<ImportAllocations>().RunAsync(csv.ToStream(), "allocations.csv");
        await services.GetRequiredService<OpenRound>().RunAsync(PipelineHarness.RoundText, Deadline);
        await services.GetRequiredService<SubmissionRepository>().SaveAsync(Record(PipelineHarness.Adur.Code, "adur-1", SubmissionStatus.Accepted));
        return services;
    }

    private SubmissionRecord Record(string council, string id, SubmissionStatus status) => new(
        new SubmissionSummary(id, council, PipelineHarness.Round, "return.xlsx", _clock.GetUtcNow(), status, 0, 0, null),
        $"{PipelineHarness.RoundText}/{council}/return.xlsx", $"{PipelineHarness.RoundText}/{council}/{id}.xlsx", $"{PipelineHarness.RoundText}/{council}/{id}.xlsx");
}
