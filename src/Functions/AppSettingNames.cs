using Ukspf.Application;
using Ukspf.Application.Notifications;

namespace Ukspf.Functions;

/// <summary>
/// The app settings (environment variables) the function app reads. infra/ sets them and
/// local.settings.json.example lists them; tests keep the three in step.
/// </summary>
public static class AppSettingNames
{
    /// <summary>
    /// The storage connection: a connection string for Azurite, or in Azure the identity-based form
    /// (<c>__blobServiceUri</c>, <c>__tableServiceUri</c>, <c>__queueServiceUri</c>, <c>__credential</c>) that both
    /// the Functions host and the app's own clients read.
    /// </summary>
    public const string StorageConnection = Triggers.StorageConnection;

    /// <summary>The Blob service endpoint of the identity-based connection.</summary>
    public const string StorageBlobServiceUri = StorageConnection + "__blobServiceUri";

    /// <summary>The Table service endpoint of the identity-based connection.</summary>
    public const string StorageTableServiceUri = StorageConnection + "__tableServiceUri";

    /// <summary>The Queue service endpoint of the identity-based connection: the host's blob-trigger and poison queues.</summary>
    public const string StorageQueueServiceUri = StorageConnection + "__queueServiceUri";

    /// <summary><c>managedidentity</c> for identity-based connections.</summary>
    public const string StorageCredential = StorageConnection + "__credential";

    /// <summary>The language worker: <c>dotnet-isolated</c>. Local runs only: Flex Consumption sets it in the site's runtime, not in app settings.</summary>
    public const string WorkerRuntime = "FUNCTIONS_WORKER_RUNTIME";

    /// <summary>The NCRONTAB schedule (six fields, with seconds) of the nightly reconciliation.</summary>
    public const string ReconcileSchedule = Triggers.ReconcileScheduleSetting;

    /// <summary>The NCRONTAB schedule (six fields, with seconds) of the nightly deadline reminders.</summary>
    public const string ReminderSchedule = "ReminderSchedule";

    /// <summary>The schedule the deployment and local settings give <see cref="ReminderSchedule"/>: 07:00 UTC, before the working day.</summary>
    public const string DefaultReminderSchedule = "0 0 7 * * *";

    /// <summary>The GOV.UK Notify API key; blank (as in local settings) turns notifications off.</summary>
    public const string NotifyApiKey = NotifyOptions.Section + "__" + nameof(NotifyOptions.ApiKey);

    /// <summary>The Notify API's address; unset, GOV.UK Notify's own.</summary>
    public const string NotifyBaseUrl = NotifyOptions.Section + "__" + nameof(NotifyOptions.BaseUrl);

    /// <summary>The id of the Notify template of the email after each ingest.</summary>
    public const string NotifyReturnProcessedTemplate = NotifyOptions.Section + "__" + nameof(NotifyOptions.Templates) + "__" + nameof(NotifyTemplates.ReturnProcessed);

    /// <summary>The id of the Notify template of the deadline reminder.</summary>
    public const string NotifyReminderTemplate = NotifyOptions.Section + "__" + nameof(NotifyOptions.Templates) + "__" + nameof(NotifyTemplates.Reminder);

    /// <summary>How many days before a deadline the reminders start.</summary>
    public const string NotifyReminderDays = NotifyOptions.Section + "__" + nameof(NotifyOptions.ReminderDays);

    /// <summary>The portal's address, which the emails give as where to read feedback and upload.</summary>
    public const string NotifyPortalUrl = NotifyOptions.Section + "__" + nameof(NotifyOptions.PortalUrl);

    /// <summary>Application Insights, read by the Functions host and the worker.</summary>
    public const string ApplicationInsightsConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The nightly schedule the deployment and local settings give <see cref="ReconcileSchedule"/>: 02:00 UTC.</summary>
    public const string DefaultReconcileSchedule = Triggers.DefaultReconcileSchedule;

    /// <summary>The settings a local run reads: the ones local.settings.json.example must list.</summary>
    public static IReadOnlyList<string> LocalSettings { get; } =
        [WorkerRuntime, StorageConnection, ReconcileSchedule, ReminderSchedule, NotifyApiKey, NotifyReturnProcessedTemplate, NotifyReminderTemplate, ApplicationInsightsConnectionString];

    /// <summary>The settings the deployed app reads: the ones infra/ must set. Storage is identity-based there, with no key.</summary>
    public static IReadOnlyList<string> AzureSettings { get; } =
        [StorageBlobServiceUri, StorageTableServiceUri, StorageQueueServiceUri, StorageCredential, ReconcileSchedule, ReminderSchedule,
         NotifyApiKey, NotifyReturnProcessedTemplate, NotifyReminderTemplate, NotifyReminderDays, NotifyPortalUrl, ApplicationInsightsConnectionString];
}
