using Microsoft.Extensions.Logging;
using Notify.Client;
using Ukspf.Application.Ingest;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;

namespace Ukspf.Application.Notifications;

/// <summary>
/// Sends the emails through GOV.UK Notify's API with its .NET client (<c>POST /v2/notifications/email</c>, signed
/// with the API key's secret), the template ids and values from <see cref="NotifyOptions"/>. A refusal, an
/// unreachable Notify, a bad key or a send that takes longer than <see cref="NotifyOptions.TimeoutSeconds"/> is
/// logged and reported as <see cref="NotificationOutcome.Failed"/>, never thrown.
/// </summary>
public sealed partial class NotifyReturnNotifier : IReturnNotifier
{
    private readonly NotifyOptions _options;
    private readonly CouncilRegister _councils;
    private readonly ILogger<NotifyReturnNotifier> _log;
    private readonly Lazy<NotificationClient> _client;

    /// <summary>Creates the notifier; the client is made at the first send, so a malformed key is logged there rather than stopping the host.</summary>
    public NotifyReturnNotifier(NotifyOptions options, CouncilRegister councils, ILogger<NotifyReturnNotifier> log)
    {
        _options = options;
        _councils = councils;
        _log = log;
        // The client keeps one HttpClient for its lifetime; this notifier is a singleton, so there is one in all.
        _client = new Lazy<NotificationClient>(() => new NotificationClient(options.BaseUrl, options.ApiKey), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public bool IsOn => _options.IsOn;

    /// <inheritdoc />
    public Task<NotificationOutcome> ReturnProcessedAsync(IngestResult result, RoundId round, string councilCode, string? email, CancellationToken cancellationToken = default)
    {
        if (!IsOn) return Task.FromResult(NotificationOutcome.Off);
        // A repeat has been told already; a failure of ours is retried, and the retry's verdict is what to tell.
        if (string.IsNullOrWhiteSpace(email) || result.AlreadyProcessed || result.Status == SubmissionStatus.Failed)
            return Task.FromResult(NotificationOutcome.Skipped);
        var values = EmailPersonalisation.ForReturn(result, round, CouncilName(councilCode), _options);
        return SendAsync(nameof(NotifyTemplates.ReturnProcessed), _options.Templates.ReturnProcessed, email.Trim(), values, result.SubmissionId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<NotificationOutcome> DeadlineNearsAsync(DeadlineReminder reminder, CancellationToken cancellationToken = default)
    {
        if (!IsOn) return Task.FromResult(NotificationOutcome.Off);
        if (string.IsNullOrWhiteSpace(reminder.Email)) return Task.FromResult(NotificationOutcome.Skipped);
        var values = EmailPersonalisation.ForReminder(reminder, CouncilName(reminder.CouncilCode), _options);
        var reference = $"reminder|{reminder.Round.Id}|{reminder.CouncilCode}|{reminder.Today:yyyy-MM-dd}";
        return SendAsync(nameof(NotifyTemplates.Reminder), _options.Templates.Reminder, reminder.Email.Trim(), values, reference, cancellationToken);
    }

    private async Task<NotificationOutcome> SendAsync(string template, string? templateId, string email, Dictionary<string, object> values, string reference, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(templateId))
        {
            LogNoTemplate(template, $"{NotifyOptions.Section}__{nameof(NotifyOptions.Templates)}__{template}");
            return NotificationOutcome.Failed;
        }

        try
        {
            // The client blocks its thread while it waits for Notify, so the wait runs off the caller's, within the timeout.
            var send = Task.Run(() => _client.Value.SendEmailAsync(email, templateId, values, reference), CancellationToken.None);
            var response = await send.WaitAsync(TimeSpan.FromSeconds(Math.Max(1, _options.TimeoutSeconds)), cancellationToken);
            LogSent(template, reference, response.id);
            return NotificationOutcome.Sent;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutException)
        {
            LogTimedOut(template, reference, _options.TimeoutSeconds);
            return NotificationOutcome.Failed;
        }
        catch (Exception e)
        {
            // Notify's refusals (400, 403, 429, 500) and unreachable hosts arrive here; the email is lost, the work goes on.
            LogFailed(e, template, reference, Describe(e));
            return NotificationOutcome.Failed;
        }
    }

    private string CouncilName(string code) => _councils.Find(code)?.Name ?? code;

    private static string Describe(Exception e) => e is AggregateException { InnerExceptions.Count: 1 } one ? Describe(one.InnerExceptions[0]) : e.Message;

    [LoggerMessage(Level = LogLevel.Information, Message = "GOV.UK Notify accepted the {Template} email {Reference} as notification {NotificationId}.")]
    private partial void LogSent(string template, string reference, string notificationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Template} email {Reference} was not sent: GOV.UK Notify did not answer within {Seconds} s.")]
    private partial void LogTimedOut(string template, string reference, int seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Template} email {Reference} was not sent: {Problem}")]
    private partial void LogFailed(Exception exception, string template, string reference, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Template} email was not sent: no template id is configured. Set {Setting} to the template's id in GOV.UK Notify.")]
    private partial void LogNoTemplate(string template, string setting);
}
