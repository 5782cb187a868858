using Ukspf.Application;

namespace Ukspf.Cli.Serve;

/// <summary>What <c>ukspf serve</c> runs with.</summary>
/// <param name="ConnectionString">Azure Storage or Azurite: the SDK's own storage (receipts, locks, trigger queues) and the pipeline's.</param>
/// <param name="HostId">Keys the SDK's blob receipts, locks and timer status: hosts that share it share the work, and a host
/// started under another id processes every upload again.</param>
/// <param name="Parallel">Uploads one host ingests at once (the blob trigger's MaxDegreeOfParallelism).</param>
public sealed record ServeSettings(string ConnectionString, string HostId = ServeSettings.DefaultHostId, int Parallel = ServeSettings.DefaultParallel)
{
    /// <summary>The host id when none is given: fixed, so a restarted host finds its receipts (the SDK's default comes from the machine).</summary>
    public const string DefaultHostId = "ukspf-local";

    /// <summary>Uploads ingested at once when not told otherwise: the function app's host.json says the same.</summary>
    public const int DefaultParallel = 4;

    /// <summary>The setting (and environment variable) that holds the storage connection string, as in the function app.</summary>
    public const string StorageSetting = Triggers.StorageConnection;

    /// <summary>The setting that holds the reconciliation's NCRONTAB schedule (six fields, seconds first).</summary>
    public const string ScheduleSetting = Triggers.ReconcileScheduleSetting;

    /// <summary>The schedule when <see cref="ScheduleSetting"/> is not set: nightly at 02:00 in the process's time zone (UTC in Azure).</summary>
    public const string DefaultSchedule = Triggers.DefaultReconcileSchedule;
}
