using Ukspf.Application.Ingest;
using Ukspf.Domain.Rounds;

namespace Ukspf.Application.Notifications;

/// <summary>
/// Tells councils by email what the pipeline did. Never throws for a failed send: the failure is logged and the
/// outcome says so, so an ingest or a nightly run carries on. Registered by <c>AddUkspfPipeline</c>: GOV.UK Notify
/// when an API key is configured, otherwise a notifier that sends nothing.
/// </summary>
public interface IReturnNotifier
{
    /// <summary>True when emails are actually sent.</summary>
    bool IsOn { get; }

    /// <summary>
    /// Emails the uploader what became of their return: accepted (with any warnings), or rejected with the reason,
    /// the first findings by rule, sheet and cell, and where the feedback workbook is. Sends nothing for a failed or
    /// already processed upload, or when <paramref name="email"/> is blank.
    /// </summary>
    /// <param name="result">What the ingest returned.</param>
    /// <param name="round">The round the return was uploaded for.</param>
    /// <param name="councilCode">The council's GSS code.</param>
    /// <param name="email">The uploader's address; null when the upload came with none (straight into storage).</param>
    /// <param name="cancellationToken">Cancels the wait; an email already handed to Notify may still go.</param>
    Task<NotificationOutcome> ReturnProcessedAsync(IngestResult result, RoundId round, string councilCode, string? email, CancellationToken cancellationToken = default);

    /// <summary>Emails one reminder that the deadline nears with no accepted return.</summary>
    Task<NotificationOutcome> DeadlineNearsAsync(DeadlineReminder reminder, CancellationToken cancellationToken = default);
}
