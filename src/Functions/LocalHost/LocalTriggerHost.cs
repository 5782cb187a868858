using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ukspf.Functions.Scheduling;
using Ukspf.Storage.Blobs;

namespace Ukspf.Functions.LocalHost;

/// <summary>
/// Plays the Azure Functions host's part in development and tests: polls the blob trigger containers and runs
/// timers on their schedules, and invokes the custom handler over HTTP with the payloads Azure sends. Receipts,
/// claims and locks live in storage, so several hosts can share one store and each blob version and each timer
/// occurrence is still handled once.
/// </summary>
public sealed class LocalTriggerHost
{
    private static readonly TimeSpan ShortestLease = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LongestLease = TimeSpan.FromSeconds(60);

    private readonly IBlobStore blobs;
    private readonly LocalTriggerHostOptions options;
    private readonly ILogger logger;
    private readonly BlobTriggerRunner blobRunner;
    private readonly TimerScheduler timers;
    private long blobPasses;
    private long timerPasses;

    /// <summary>Creates a host; it does nothing until <see cref="RunAsync"/>.</summary>
    /// <param name="blobs">The store holding the trigger containers and the host's own state.</param>
    /// <param name="options">Handler address, intervals, parallelism and retries.</param>
    /// <param name="httpClient">The client used to call the handler; a new one when null.</param>
    /// <param name="logger">Where progress and failures are logged.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public LocalTriggerHost(IBlobStore blobs, LocalTriggerHostOptions options, HttpClient? httpClient = null, ILogger<LocalTriggerHost>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        this.blobs = blobs;
        this.options = options;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
        HostId = options.HostId ?? $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var clock = options.Clock ?? TimeProvider.System;
        var handler = new HandlerClient(httpClient ?? new HttpClient(), options.HandlerAddress!, this.logger);
        var receipts = new ReceiptStore(blobs, HostId, clock, this.logger);
        blobRunner = new BlobTriggerRunner(blobs, receipts, handler, options, HostId, clock, this.logger);
        timers = new TimerScheduler(blobs, receipts, handler, options, clock, this.logger);
    }

    /// <summary>This host's name in receipts and poison records.</summary>
    public string HostId { get; }

    /// <summary>How many passes over the blob triggers have finished; for observing progress.</summary>
    public long BlobPasses => Interlocked.Read(ref blobPasses);

    /// <summary>How many timer checks have finished; for observing progress.</summary>
    public long TimerPasses => Interlocked.Read(ref timerPasses);

    /// <summary>
    /// Runs until <paramref name="stoppingToken"/> is cancelled. Stopping starts no new work and lets invocations
    /// under way finish for up to <see cref="LocalTriggerHostOptions.ShutdownTimeout"/>; one cancelled after that
    /// leaves no receipt and runs again at the next start.
    /// </summary>
    /// <exception cref="FormatException">A timer's schedule is not a valid NCRONTAB expression.</exception>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var schedules = TimerScheduler.Schedules(options.Settings ?? Environment.GetEnvironmentVariable);
        foreach (var container in HostContainers.All.Concat(BlobTriggerRunner.Functions.Select(f => f.Trigger.Container)).Distinct())
        {
            await blobs.CreateContainerIfNotExistsAsync(container, stoppingToken);
        }

        using var hardStop = new CancellationTokenSource();
        using var onStop = stoppingToken.Register(() => hardStop.CancelAfter(options.ShutdownTimeout));
        logger.LogInformation("Local trigger host {HostId} calling {Handler}", HostId, options.HandlerAddress);
        try
        {
            // Separate loops, so a long batch of uploads never delays a timer.
            await Task.WhenAll(
                LoopAsync("blob triggers", () => blobRunner.PollAsync(stoppingToken, hardStop.Token), () => Interlocked.Increment(ref blobPasses), options.PollInterval, stoppingToken),
                LoopAsync("timers", () => timers.TickAsync(schedules, hardStop.Token), () => Interlocked.Increment(ref timerPasses), TimerInterval(options), stoppingToken));
        }
        finally
        {
            await timers.ReleaseLocksAsync();
        }
    }

    private static TimeSpan TimerInterval(LocalTriggerHostOptions options) =>
        options.PollInterval < options.LeaseDuration / 3 ? options.PollInterval : options.LeaseDuration / 3;

    private async Task LoopAsync(string what, Func<Task> pass, Func<long> passed, TimeSpan interval, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pass();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Storage or the handler being briefly unavailable must not stop the host; the next pass retries.
                logger.LogError(e, "A pass over the {What} failed", what);
            }

            passed();
            try
            {
                await Task.Delay(interval, TimeProvider.System, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static void Validate(LocalTriggerHostOptions options)
    {
        if (options.HandlerAddress is null)
        {
            throw new ArgumentException("Set the handler's address.", nameof(options));
        }

        if (options.LeaseDuration < ShortestLease || options.LeaseDuration > LongestLease)
        {
            throw new ArgumentException("LeaseDuration must be 15 to 60 seconds, as blob leases are.", nameof(options));
        }

        if (options.PollInterval <= TimeSpan.Zero || options.MaxParallelBlobs < 1 || options.MaxAttempts < 1 || options.RetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentException("PollInterval must be positive, MaxParallelBlobs and MaxAttempts at least 1, RetryDelay not negative.", nameof(options));
        }
    }
}
