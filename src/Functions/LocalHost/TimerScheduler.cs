using System.Text.Json;
using Microsoft.Extensions.Logging;
using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Functions.Scheduling;
using Ukspf.Storage;
using Ukspf.Storage.Blobs;

namespace Ukspf.Functions.LocalHost;

/// <summary>
/// Runs timer functions on their NCRONTAB schedules. One host at a time schedules each timer (a lease on
/// <c>host-locks/{function}</c>); each occurrence is claimed and receipted like a blob version, so it runs once even
/// if the lock changes hands mid-run. The next occurrence is persisted, so one missed while no host ran is run at
/// the next start, marked past due.
/// </summary>
internal sealed class TimerScheduler(IBlobStore blobs, ReceiptStore receipts, HandlerClient handler, LocalTriggerHostOptions options, TimeProvider clock, ILogger logger)
{
    private readonly Dictionary<string, string> locks = new(StringComparer.Ordinal);

    private TimeSpan PastDueTolerance => TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(1).Ticks, options.PollInterval.Ticks * 2));

    public static IEnumerable<(FunctionDefinition Function, TimerTriggerBinding Trigger)> Functions =>
        FunctionCatalog.All.Where(f => f.Trigger is TimerTriggerBinding).Select(f => (f, (TimerTriggerBinding)f.Trigger));

    /// <summary>Parses every timer's schedule, resolving <c>%Setting%</c> names; fails fast on a bad one.</summary>
    public static IReadOnlyDictionary<string, NcrontabSchedule> Schedules(Func<string, string?> settings) =>
        Functions.ToDictionary(t => t.Function.Name, t => NcrontabSchedule.Parse(FunctionCatalog.ResolveSchedule(t.Trigger, settings)));

    public async Task TickAsync(IReadOnlyDictionary<string, NcrontabSchedule> schedules, CancellationToken hardStop)
    {
        foreach (var (function, _) in Functions)
        {
            if (!await HoldLockAsync(function.Name, hardStop))
            {
                continue;
            }

            var schedule = schedules[function.Name];
            var now = clock.GetUtcNow();
            var status = await ReadStatusAsync(function.Name, hardStop);
            if (status is null || status.Next == default)
            {
                await WriteStatusAsync(function.Name, new TimerStatus(status?.Last, schedule.NextAfter(now) ?? DateTimeOffset.MaxValue, now));
            }
            else if (now >= status.Next)
            {
                await RunOccurrenceAsync(function, schedule, status, now - status.Next > PastDueTolerance, hardStop);
            }
        }
    }

    /// <summary>Gives up the singleton locks, so another host can take the timers over at once.</summary>
    public async Task ReleaseLocksAsync()
    {
        foreach (var (function, leaseId) in locks)
        {
            try
            {
                await blobs.ReleaseLeaseAsync(HostContainers.Locks, function, leaseId, CancellationToken.None);
            }
            catch (StorageException e)
            {
                logger.LogDebug("Releasing the lock of {Function} failed: {Reason}", function, e.Message);
            }
        }

        locks.Clear();
    }

    private async Task RunOccurrenceAsync(FunctionDefinition function, NcrontabSchedule schedule, TimerStatus status, bool pastDue, CancellationToken hardStop)
    {
        var occurrence = status.Next;
        var key = ReceiptNames.TimerKey(function.Name, occurrence);
        await using var claim = await receipts.TryClaimAsync(key, options.LeaseDuration, hardStop);
        if (claim is null)
        {
            return;
        }

        if (!await receipts.IsDoneAsync(key, hardStop))
        {
            using var work = CancellationTokenSource.CreateLinkedTokenSource(hardStop, claim.Lost);
            var payload = TriggerPayloads.Timer(function, status.Last, occurrence, status.LastUpdated, pastDue, clock.GetUtcNow());
            var outcome = "succeeded";
            try
            {
                await handler.InvokeAsync(function.Name, payload, work.Token);
            }
            catch (HandlerInvocationException e)
            {
                // As on Azure, a failed timer run is not retried; the next occurrence runs as usual.
                logger.LogError("{Function} failed for {Occurrence:o}: {Reason}", function.Name, occurrence, e.Message);
                outcome = "failed";
            }

            await receipts.CompleteAsync(key, outcome, 1);
        }

        var now = clock.GetUtcNow();
        await WriteStatusAsync(function.Name, new TimerStatus(occurrence, schedule.NextAfter(now) ?? DateTimeOffset.MaxValue, now));
        await claim.RemoveAsync();
    }

    private async Task<bool> HoldLockAsync(string function, CancellationToken cancellationToken)
    {
        if (locks.TryGetValue(function, out var held))
        {
            if (await blobs.RenewLeaseAsync(HostContainers.Locks, function, held, cancellationToken))
            {
                return true;
            }

            locks.Remove(function);
            logger.LogInformation("Lost the schedule lock of {Function}", function);
        }

        if (await blobs.TryAcquireLeaseAsync(HostContainers.Locks, function, options.LeaseDuration, cancellationToken) is not { } leaseId)
        {
            return false;
        }

        locks[function] = leaseId;
        logger.LogInformation("This host now schedules {Function}", function);
        return true;
    }

    private async Task<TimerStatus?> ReadStatusAsync(string function, CancellationToken cancellationToken)
    {
        await using var download = await blobs.DownloadAsync(HostContainers.Receipts, ReceiptNames.Schedule(function), cancellationToken);
        return download is null ? null : await JsonSerializer.DeserializeAsync<TimerStatus>(download.Content, cancellationToken: cancellationToken);
    }

    private async Task WriteStatusAsync(string function, TimerStatus status)
    {
        using var json = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(status));
        await blobs.UploadAsync(HostContainers.Receipts, ReceiptNames.Schedule(function), json, new BlobUploadOptions { ContentType = "application/json" }, CancellationToken.None);
    }
}
