namespace Ukspf.Application;

/// <summary>
/// What every host of the use cases triggers on and reads its storage from, named once: the function app in Azure
/// and <c>ukspf serve</c> locally bind the same path, connection and schedule setting.
/// </summary>
public static class Triggers
{
    /// <summary>The inbox trigger path; <c>{round}</c>, <c>{lla}</c> and <c>{name}</c> bind to parameters of the same names.</summary>
    public const string InboxPath = StorageNames.InboxContainer + "/{round}/{lla}/{name}";

    /// <summary>The storage connection setting, as the Functions host names it: a connection string, or the identity-based <c>__blobServiceUri</c> form.</summary>
    public const string StorageConnection = "AzureWebJobsStorage";

    /// <summary>The setting that holds the nightly reconciliation's NCRONTAB schedule (six fields, seconds first).</summary>
    public const string ReconcileScheduleSetting = "ReconcileSchedule";

    /// <summary>The reconciliation's schedule where the setting is not given: nightly at 02:00 (UTC in Azure).</summary>
    public const string DefaultReconcileSchedule = "0 0 2 * * *";
}
