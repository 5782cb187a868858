namespace Ukspf.Application.Notifications;

/// <summary>
/// The GOV.UK Notify settings, bound from the configuration section <see cref="Section"/> (environment variables
/// <c>Notify__ApiKey</c>, <c>Notify__Templates__ReturnProcessed</c>...). Notifications are off until
/// <see cref="ApiKey"/> is set: with no key nothing is sent and nothing else changes.
/// </summary>
public sealed class NotifyOptions
{
    /// <summary>The configuration section the settings are read from.</summary>
    public const string Section = "Notify";

    /// <summary>GOV.UK Notify's API, where <see cref="BaseUrl"/> is not set.</summary>
    public const string DefaultBaseUrl = "https://api.notifications.service.gov.uk";

    /// <summary>
    /// The service's API key from GOV.UK Notify ("name-serviceid-secret"): the client signs each request with its
    /// secret part. Blank turns notifications off.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Where the Notify API is; tests point it at a local fake.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The ids of the email templates set up in GOV.UK Notify.</summary>
    public NotifyTemplates Templates { get; set; } = new();

    /// <summary>How many days before a round's deadline the nightly reminder starts; the deadline day itself is the last.</summary>
    public int ReminderDays { get; set; } = 7;

    /// <summary>How many findings an email lists; the feedback workbook has them all.</summary>
    public int FindingsInEmail { get; set; } = 5;

    /// <summary>How long a send may take before it is given up and logged, in seconds; an ingest never waits longer.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// The portal's address, given in emails as where to read the feedback and upload a return. Unset, the emails
    /// name the storage locations instead.
    /// </summary>
    public string? PortalUrl { get; set; }

    /// <summary>True when an API key is set, so emails are sent.</summary>
    public bool IsOn => !string.IsNullOrWhiteSpace(ApiKey);
}
