using Ukspf.Application.Notifications;

namespace Ukspf.Application.Tests.Notifications;

/// <summary>Recipients kept in a dictionary by council code, standing in for the portal's access list.</summary>
internal sealed class ReminderRecipientsList(Dictionary<string, string[]> emails) : IReminderRecipients
{
    public Task<IReadOnlyList<string>> EmailsForAsync(string councilCode, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(emails.GetValueOrDefault(councilCode) ?? []);
}
