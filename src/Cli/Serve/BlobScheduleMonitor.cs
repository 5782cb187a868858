using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Azure.WebJobs.Extensions.Timers;
using Microsoft.Extensions.Logging;

namespace Ukspf.Cli.Serve;

/// <summary>
/// Keeps each timer's schedule status as a blob, <c>azure-webjobs-hosts/timers/{hostId}/{timer}/status</c> (where
/// the Functions host keeps it), so a host started after a missed occurrence runs it once, marked past due. It stands
/// in for the SDK's own monitor, which WebJobs.Extensions 3.0.6 builds against Host.Storage 3.x, so that it fails to
/// load beside Host.Storage 5.x. Writes are conditional on the version this monitor last read or wrote: a host whose
/// copy is stale re-reads, and keeps the stored status when it records the later run.
/// </summary>
public sealed class BlobScheduleMonitor(BlobContainerClient hosts, string hostId, ILogger<BlobScheduleMonitor> logger) : ScheduleMonitor
{
    /// <summary>The container the SDK keeps its receipts, locks and timer status in.</summary>
    public const string HostsContainer = "azure-webjobs-hosts";

    private const int Attempts = 3;
    private readonly ConcurrentDictionary<string, ETag> _versions = new(StringComparer.Ordinal);

    /// <summary>The status blob's name within <see cref="HostsContainer"/>.</summary>
    public static string StatusBlobName(string hostId, string timerName) => $"timers/{hostId}/{timerName}/status";

    /// <summary>The stored status, or null when the timer has none yet.</summary>
    public override async Task<ScheduleStatus?> GetStatusAsync(string timerName)
    {
        try
        {
            var stored = (await Blob(timerName).DownloadContentAsync()).Value;
            _versions[timerName] = stored.Details.ETag;
            return stored.Content.ToObjectFromJson<ScheduleStatus>();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            _versions.TryRemove(timerName, out _);
            return null;
        }
    }

    /// <summary>
    /// Stores <paramref name="status"/> unless the stored one records a later run. Never throws: a failure is logged,
    /// as the SDK's monitor does, since the SDK's timer would stop scheduling on an exception here.
    /// </summary>
    public override async Task UpdateStatusAsync(string timerName, ScheduleStatus status)
    {
        try
        {
            for (var attempt = 1; attempt <= Attempts; attempt++)
            {
                if (await TryWriteAsync(timerName, status)) return;
                var stored = await GetStatusAsync(timerName);
                if (stored is not null && IsLater(stored, status)) return;
            }
            logger.LogError("The status of timer {Timer} changed under each of {Attempts} writes; it was not updated.", timerName, Attempts);
        }
        catch (RequestFailedException e)
        {
            logger.LogError(e, "The status of timer {Timer} could not be written to {Container}.", timerName, HostsContainer);
        }
    }

    // False when another writer got there first (the blob changed, or appeared, since this monitor last saw it).
    private async Task<bool> TryWriteAsync(string timerName, ScheduleStatus status)
    {
        var conditions = _versions.TryGetValue(timerName, out var version)
            ? new BlobRequestConditions { IfMatch = version }
            : new BlobRequestConditions { IfNoneMatch = ETag.All };
        var options = new BlobUploadOptions { Conditions = conditions, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } };
        try
        {
            var written = await UploadCreatingContainerAsync(Blob(timerName), BinaryData.FromObjectAsJson(status), options);
            _versions[timerName] = written.ETag;
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    private async Task<BlobContentInfo> UploadCreatingContainerAsync(BlobClient blob, BinaryData content, BlobUploadOptions options)
    {
        try
        {
            return (await blob.UploadAsync(content, options)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            await hosts.CreateIfNotExistsAsync();
            return (await blob.UploadAsync(content, options)).Value;
        }
    }

    private static bool IsLater(ScheduleStatus stored, ScheduleStatus candidate) =>
        stored.Last > candidate.Last || (stored.Last == candidate.Last && stored.LastUpdated >= candidate.LastUpdated);

    private BlobClient Blob(string timerName) => hosts.GetBlobClient(StatusBlobName(hostId, timerName));
}
