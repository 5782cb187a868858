namespace Ukspf.Application.Notifications;

/// <summary>What the nightly run did about one council's reminder to one person.</summary>
public enum ReminderStatus
{
    /// <summary>Sent now.</summary>
    Sent,

    /// <summary>Sent (or being sent) earlier the same day: not sent again.</summary>
    AlreadySent,

    /// <summary>Notify refused it or could not be reached (logged); a later run the same day tries again.</summary>
    Failed,

    /// <summary>Due, but notifications are off: nothing sent or recorded.</summary>
    Off,

    /// <summary>Due, but nobody is known to remind for the council.</summary>
    NoRecipients,
}
