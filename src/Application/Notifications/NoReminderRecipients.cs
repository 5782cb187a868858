namespace Ukspf.Application.Notifications;

/// <summary>
/// The recipients until a list of who may submit for each council is registered in its place (the portal's access
/// list): nobody, so no reminder goes out.
/// </summary>
public sealed class NoReminderRecipients : IReminderRecipients
{
    /// <inheritdoc />
    public Task<IReadOnlyList<string>> EmailsForAsync(string councilCode, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
