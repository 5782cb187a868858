namespace Ukspf.Application.Notifications;

/// <summary>What became of one notification. Nothing here is an error for the caller: a failure has been logged.</summary>
public enum NotificationOutcome
{
    /// <summary>GOV.UK Notify accepted the email for delivery.</summary>
    Sent,

    /// <summary>Notifications are off (no API key configured): nothing was sent.</summary>
    Off,

    /// <summary>Nothing to send: no email address, or nothing new to tell (a repeat of an upload already processed, or a fault of ours that a retry will settle).</summary>
    Skipped,

    /// <summary>Notify refused it or could not be reached, or it took too long; logged, and the caller carries on.</summary>
    Failed,
}
