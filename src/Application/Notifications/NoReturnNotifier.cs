using Ukspf.Application.Ingest;
using Ukspf.Domain.Rounds;

namespace Ukspf.Application.Notifications;

/// <summary>The notifier when no Notify API key is configured: sends nothing and says so.</summary>
public sealed class NoReturnNotifier : IReturnNotifier
{
    /// <inheritdoc />
    public bool IsOn => false;

    /// <inheritdoc />
    public Task<NotificationOutcome> ReturnProcessedAsync(IngestResult result, RoundId round, string councilCode, string? email, CancellationToken cancellationToken = default) =>
        Task.FromResult(NotificationOutcome.Off);

    /// <inheritdoc />
    public Task<NotificationOutcome> DeadlineNearsAsync(DeadlineReminder reminder, CancellationToken cancellationToken = default) =>
        Task.FromResult(NotificationOutcome.Off);
}
