using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ukspf.Application.Ingest;
using Ukspf.Application.Notifications;
using Ukspf.Application.Tests.Pipeline;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Application.Tests.Notifications;

/// <summary>The email after an ingest, as the fake Notify receives it from the Notify client.</summary>
public sealed class ReturnProcessedEmailTests : IDisposable
{
    private const string Officer = "officer@adur-worthing.gov.uk";

    private readonly FakeNotify _notify = new();
    private readonly RecordingLogs _logs = new();

    public void Dispose() => _notify.Dispose();

    [Fact]
    public async Task An_accepted_return_is_posted_to_notify_with_a_token_signed_by_the_key_s_secret()
    {
        var result = Result(SubmissionStatus.Accepted, Finding(Severity.Warning, "R10", "Spend", "H14", "1200", "Actual spend is 40% above forecast: add a comment."));

        var outcome = await Notifier().ReturnProcessedAsync(result, PipelineHarness.Round, PipelineHarness.Adur.Code, Officer);

        Assert.Equal(NotificationOutcome.Sent, outcome);
        var request = Assert.Single(_notify.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(FakeNotify.EmailPath, request.Path);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.StartsWith("NOTIFY-API-NET-CLIENT/", request.UserAgent, StringComparison.Ordinal);
        var claims = request.VerifiedClaims(TestKeys.Secret);
        Assert.Equal(TestKeys.ServiceId, claims.GetProperty("iss").GetString());
        Assert.True(claims.GetProperty("iat").GetDouble() > 0);

        Assert.Equal(Officer, request.EmailAddress);
        Assert.Equal(TestKeys.ReturnProcessedTemplate, request.TemplateId);
        Assert.Equal(result.SubmissionId, request.Reference);
        var values = request.Personalisation;
        Assert.Equal(EmailPersonalisation.ReturnProcessedPlaceholders.Order(), values.Keys.Order());
        Assert.Equal("Adur", values[EmailPersonalisation.Council]);
        Assert.Equal("2025-26-Q3", values[EmailPersonalisation.Round]);
        Assert.Equal("yes", values[EmailPersonalisation.Accepted]);
        Assert.Equal("", values[EmailPersonalisation.Reason]);
        Assert.Equal("Your return for Adur for round 2025-26-Q3 has been accepted, and its figures now count. It has 1 warning to check: " +
            "they do not stop it counting, but they may show a mistake.", values[EmailPersonalisation.Summary]);
        Assert.Equal("* Warning R10, Spend sheet, cell H14 (you entered \"1200\"): Actual spend is 40% above forecast: add a comment.", values[EmailPersonalisation.Findings]);
        Assert.Equal("", values[EmailPersonalisation.MoreFindings]);
        Assert.Equal($"The feedback workbook, with every finding marked on your return, is returns-feedback/{result.FeedbackBlob} in the returns storage.",
            values[EmailPersonalisation.Feedback]);
    }

    [Fact]
    public async Task A_rejected_return_gives_the_reason_the_first_findings_by_rule_sheet_and_cell_and_how_many_more_there_are()
    {
        var findings = Enumerable.Range(12, 7).Select(row => Finding(Severity.Error, "R02", "Spend", $"F{row}", "TBC", "Enter the amount as a number, such as 1200.50.")).ToArray();
        var result = Result(SubmissionStatus.Rejected, findings) with { Reason = findings[0].Message };

        await Notifier(o => o.PortalUrl = "https://ukspf-returns.example.gov.uk").ReturnProcessedAsync(result, PipelineHarness.Round, PipelineHarness.Adur.Code, Officer);

        var values = Assert.Single(_notify.Emails).Personalisation;
        Assert.Equal("no", values[EmailPersonalisation.Accepted]);
        Assert.Equal("Enter the amount as a number, such as 1200.50.", values[EmailPersonalisation.Reason]);
        Assert.Equal("Your return for Adur for round 2025-26-Q3 has not been accepted: it has 7 errors to fix. Fix them and upload the return again.",
            values[EmailPersonalisation.Summary]);
        var lines = values[EmailPersonalisation.Findings].Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Equal("* Error R02, Spend sheet, cell F12 (you entered \"TBC\"): Enter the amount as a number, such as 1200.50.", lines[0]);
        Assert.Equal("* Error R02, Spend sheet, cell F16 (you entered \"TBC\"): Enter the amount as a number, such as 1200.50.", lines[4]);
        Assert.Equal("There are 2 more findings in the feedback workbook.", values[EmailPersonalisation.MoreFindings]);
        Assert.Equal("Sign in to https://ukspf-returns.example.gov.uk to see every finding and download the feedback workbook.", values[EmailPersonalisation.Feedback]);
    }

    [Fact]
    public async Task A_real_ingest_of_a_file_that_is_not_a_workbook_is_emailed_as_rejected_with_its_r00_finding()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var result = await pipeline.IngestAsync(PipelineHarness.Adur.Code, "return.xlsx", Encoding.UTF8.GetBytes("not a workbook"));
        Assert.Equal(SubmissionStatus.Rejected, result.Status);

        Assert.Equal(NotificationOutcome.Sent, await Notifier().ReturnProcessedAsync(result, PipelineHarness.Round, PipelineHarness.Adur.Code, Officer));

        var values = Assert.Single(_notify.Emails).Personalisation;
        Assert.Equal(result.Reason, values[EmailPersonalisation.Reason]);
        Assert.StartsWith($"* Error {RuleIds.File}, the workbook: ", values[EmailPersonalisation.Findings], StringComparison.Ordinal);
        Assert.Contains(result.FeedbackBlob, values[EmailPersonalisation.Feedback], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ingest_emails_its_uploader_once_and_an_upload_with_no_address_or_seen_before_emails_nobody()
    {
        using var pipeline = await PipelineHarness.StartAsync(services: s => s.AddSingleton(Options()));
        var valid = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));

        var accepted = await pipeline.IngestAsync(PipelineHarness.Adur.Code, "adur.xlsx", valid, uploadedBy: Officer);
        await pipeline.IngestAsync(PipelineHarness.Adur.Code, "adur.xlsx", valid, uploadedBy: Officer);
        await pipeline.IngestAsync(PipelineHarness.Arun.Code, "arun.xlsx", Encoding.UTF8.GetBytes("not a workbook"));

        Assert.Equal(SubmissionStatus.Accepted, accepted.Status);
        var email = Assert.Single(_notify.Emails);
        Assert.Equal(Officer, email.EmailAddress);
        Assert.Equal(accepted.SubmissionId, email.Reference);
        Assert.Equal("yes", email.Personalisation[EmailPersonalisation.Accepted]);
    }

    [Fact]
    public async Task With_no_api_key_nothing_is_sent_and_the_pipeline_registers_the_notifier_that_sends_nothing()
    {
        var notifier = Notifier(o => o.ApiKey = null);

        Assert.IsType<NoReturnNotifier>(notifier);
        Assert.False(notifier.IsOn);
        Assert.Equal(NotificationOutcome.Off, await notifier.ReturnProcessedAsync(Result(SubmissionStatus.Accepted), PipelineHarness.Round, PipelineHarness.Adur.Code, Officer));
        Assert.Empty(_notify.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task A_refusal_from_notify_is_logged_and_reported_not_thrown(HttpStatusCode status)
    {
        _notify.Status = status;

        var outcome = await Notifier().ReturnProcessedAsync(Result(SubmissionStatus.Accepted), PipelineHarness.Round, PipelineHarness.Adur.Code, Officer);

        Assert.Equal(NotificationOutcome.Failed, outcome);
        Assert.Single(_notify.Emails);
        var warning = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains($"Status code {(int)status}", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notify_that_cannot_be_reached_is_logged_and_reported_not_thrown()
    {
        var outcome = await Notifier(o => o.BaseUrl = $"http://127.0.0.1:{FakeNotify.FreePort()}")
            .ReturnProcessedAsync(Result(SubmissionStatus.Accepted), PipelineHarness.Round, PipelineHarness.Adur.Code, Officer);

        Assert.Equal(NotificationOutcome.Failed, outcome);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("was not sent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_notify_that_does_not_answer_is_given_up_after_the_timeout()
    {
        _notify.Hang = true;

        var outcome = await Notifier(o => o.TimeoutSeconds = 1).ReturnProcessedAsync(Result(SubmissionStatus.Accepted), PipelineHarness.Round, PipelineHarness.Adur.Code, Officer);

        Assert.Equal(NotificationOutcome.Failed, outcome);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("did not answer within 1 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_api_key_is_logged_at_the_send_and_reported_not_thrown()
    {
        var notifier = Notifier(o => o.ApiKey = "not-a-notify-key");

        Assert.Equal(NotificationOutcome.Failed, await notifier.ReturnProcessedAsync(Result(SubmissionStatus.Accepted), PipelineHarness.Round, PipelineHarness.Adur.Code, Officer));
        Assert.Empty(_notify.Requests);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("API Key provided is invalid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_template_id_is_logged_with_the_setting_to_set_and_nothing_is_sent()
    {
        var notifier = Notifier(o => o.Templates.ReturnProcessed = " ");

        Assert.Equal(NotificationOutcome.Failed, await notifier.ReturnProcessedAsync(Result(SubmissionStatus.Accepted), PipelineHarness.Round, PipelineHarness.Adur.Code, Officer));
        Assert.Empty(_notify.Requests);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("Notify__Templates__ReturnProcessed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_is_sent_for_a_repeat_a_failure_of_ours_or_an_upload_with_no_address()
    {
        var notifier = Notifier();

        Assert.Equal(NotificationOutcome.Skipped, await notifier.ReturnProcessedAsync(Result(SubmissionStatus.Accepted) with { AlreadyProcessed = true }, PipelineHarness.Round, PipelineHarness.Adur.Code, Officer));
        Assert.Equal(NotificationOutcome.Skipped, await notifier.ReturnProcessedAsync(Result(SubmissionStatus.Failed), PipelineHarness.Round, PipelineHarness.Adur.Code, Officer));
        Assert.Equal(NotificationOutcome.Skipped, await notifier.ReturnProcessedAsync(Result(SubmissionStatus.Accepted), PipelineHarness.Round, PipelineHarness.Adur.Code, null));
        Assert.Equal(NotificationOutcome.Skipped, await notifier.ReturnProcessedAsync(Result(SubmissionStatus.Accepted), PipelineHarness.Round, PipelineHarness.Adur.Code, "  "));
        Assert.Empty(_notify.Requests);
    }

    private IReturnNotifier Notifier(Action<NotifyOptions>? change = null)
    {
        var options = Options();
        change?.Invoke(options);
        return new ServiceCollection().AddSingleton<ILoggerFactory>(_logs).AddSingleton(options).AddUkspfPipeline()
            .BuildServiceProvider().GetRequiredService<IReturnNotifier>();
    }

    private NotifyOptions Options() => new()
    {
        ApiKey = TestKeys.ApiKey,
        BaseUrl = _notify.BaseUrl,
        Templates = new NotifyTemplates { ReturnProcessed = TestKeys.ReturnProcessedTemplate, Reminder = TestKeys.ReminderTemplate },
    };

    private static IngestResult Result(SubmissionStatus status, params Finding[] findings) =>
        new("5f3c2a", status, null, "2025-26-Q3/E07000223/5f3c2a.xlsx", "2025-26-Q3/E07000223/5f3c2a.xlsx", findings, AlreadyProcessed: false);

    private static Finding Finding(Severity severity, string rule, string sheet, string cell, string value, string message) =>
        new(rule, severity, new CellLocation(sheet, cell), value, message);
}
