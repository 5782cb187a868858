namespace Ukspf.Application.Notifications;

/// <summary>Who is reminded for a council: the people who may submit its returns.</summary>
public interface IReminderRecipients
{
    /// <summary>The email addresses to remind for the council (GSS code); empty when nobody is known.</summary>
    Task<IReadOnlyList<string>> EmailsForAsync(string councilCode, CancellationToken cancellationToken = default);
}
