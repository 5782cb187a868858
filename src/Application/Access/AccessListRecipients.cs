using Ukspf.Application.Notifications;

namespace Ukspf.Application.Access;

/// <summary>
/// Deadline reminders go to everyone the access list lets submit for the council: the people who would upload its
/// return. Registered in place of <see cref="NoReminderRecipients"/> by <c>AddUkspfPipeline</c>.
/// </summary>
public sealed class AccessListRecipients(AccessRepository access) : IReminderRecipients
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> EmailsForAsync(string councilCode, CancellationToken cancellationToken = default) =>
        (await access.ListAsync(cancellationToken))
            .Where(e => e.MaySubmitFor(councilCode))
            .Select(e => e.Email)
            .Order(StringComparer.Ordinal)
            .ToList();
}
