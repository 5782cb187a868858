namespace Ukspf.Functions.Hosting.Metadata;

/// <summary>
/// The app settings (environment variables) the function app reads. infra/ sets them and local.settings.json.example
/// lists them; a test keeps all three in step.
/// </summary>
public static class AppSettingNames
{
    /// <summary>The storage connection prefix: a connection string (Azurite) or, in Azure, <c>__accountName</c>/<c>__blobServiceUri</c>/<c>__tableServiceUri</c> with a managed identity.</summary>
    public const string StorageConnection = "AzureWebJobsStorage";

    /// <summary>The Blob service endpoint of the identity-based connection.</summary>
    public const string StorageBlobServiceUri = StorageConnection + "__blobServiceUri";

    /// <summary>The Table service endpoint of the identity-based connection.</summary>
    public const string StorageTableServiceUri = StorageConnection + "__tableServiceUri";

    /// <summary>The Queue service endpoint of the identity-based connection (the host's poison queue for blob triggers).</summary>
    public const string StorageQueueServiceUri = StorageConnection + "__queueServiceUri";

    /// <summary>Set to <c>managedidentity</c> for identity-based connections.</summary>
    public const string StorageCredential = StorageConnection + "__credential";

    /// <summary>The port the Functions host tells the custom handler to listen on.</summary>
    public const string CustomHandlerPort = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>The language worker; <c>custom</c> for a custom handler when run locally by Core Tools.</summary>
    public const string WorkerRuntime = "FUNCTIONS_WORKER_RUNTIME";

    /// <summary>The NCRONTAB schedule of the nightly reconciliation.</summary>
    public const string ReconcileSchedule = "ReconcileSchedule";

    /// <summary>Application Insights, read by the Functions host.</summary>
    public const string ApplicationInsightsConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The settings a local run reads: the ones local.settings.json.example must list.</summary>
    public static IReadOnlyList<string> LocalSettings { get; } = [WorkerRuntime, StorageConnection, ReconcileSchedule, ApplicationInsightsConnectionString];

    /// <summary>The settings the deployed app reads: the ones infra/ must set. Storage is identity-based there, with no key.</summary>
    public static IReadOnlyList<string> AzureSettings { get; } =
        [StorageBlobServiceUri, StorageTableServiceUri, StorageQueueServiceUri, StorageCredential, ReconcileSchedule, ApplicationInsightsConnectionString];
}
