using Azure.Storage.Blobs;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.Timers;
using Microsoft.Azure.WebJobs.Host;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ukspf.Application;

namespace Ukspf.Cli.Serve;

/// <summary>
/// The generic host of <c>ukspf serve</c>: Microsoft's WebJobs SDK (the engine of the Functions host's blob and timer
/// triggers) running <see cref="IngestJob"/> and <see cref="ReconcileJob"/> over the pipeline's use cases.
/// </summary>
public static class ServeHost
{
    // A crashed host's listener locks (the timer's, the blob scan's) pass to another host this long after it died,
    // not the SDK's default of a minute; 15 s is the shortest lease Azure Storage grants.
    private static readonly TimeSpan ListenerLockPeriod = TimeSpan.FromSeconds(15);

    // One shutdown in fifteen, measured, the SDK throws this from a timer it had already stopped: the host did stop.
    private const string TimerAlreadyStopped = "The timer has already been stopped.";

    /// <summary>
    /// Builds the host. Settings come from the environment (as the Functions host reads app settings), with
    /// <see cref="ServeSettings.ScheduleSetting"/> defaulting to <see cref="ServeSettings.DefaultSchedule"/>, and the
    /// connection string of <paramref name="settings"/> over both.
    /// </summary>
    public static IHost Build(ServeSettings settings)
    {
        var storage = Ukspf.Storage.Azure.AzureStorage.FromConnectionString(settings.ConnectionString);
        var hosts = new BlobServiceClient(settings.ConnectionString).GetBlobContainerClient(BlobScheduleMonitor.HostsContainer);
        return new HostBuilder()
            .ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?> { [ServeSettings.ScheduleSetting] = ServeSettings.DefaultSchedule }))
            .ConfigureWebJobs(b =>
            {
                b.UseHostId(settings.HostId);
                b.AddAzureStorageCoreServices();
                // The default source scans the container (every 2 s on Azurite); Event Grid needs the Functions host's webhook.
                b.AddAzureStorageBlobs(o => o.MaxDegreeOfParallelism = settings.Parallel);
                b.AddTimers();
                b.Services.Replace(ServiceDescriptor.Singleton<ScheduleMonitor>(p =>
                    new BlobScheduleMonitor(hosts, settings.HostId, p.GetRequiredService<ILogger<BlobScheduleMonitor>>())));
                b.Services.AddSingleton<ITypeLocator, ServeJobs>();
                b.Services.Configure<SingletonOptions>(o =>
                {
                    o.ListenerLockPeriod = ListenerLockPeriod;
                    o.ListenerLockRecoveryPollingInterval = ListenerLockPeriod;
                });
            })
            .ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?> { [ServeSettings.StorageSetting] = settings.ConnectionString }))
            .ConfigureServices(s => s.AddUkspfPipeline(storage.Blobs, storage.Tables))
            .ConfigureLogging(l => l.ClearProviders()
                .AddSimpleConsole(o =>
                {
                    o.SingleLine = true;
                    o.TimestampFormat = "HH:mm:ss ";
                })
                .SetMinimumLevel(LogLevel.Warning)
                // The SDK's if-not-exists calls answer 404 and 409 as a matter of course; Azure.Core warns of each.
                .AddFilter("Azure.Core", LogLevel.Error)
                // The SDK logs each failed invocation under Function.{name} and again under Host.Results.
                .AddFilter("Host.Results", LogLevel.None)
                .AddFilter("Ukspf", LogLevel.Information))
            .UseConsoleLifetime(o => o.SuppressStatusMessages = true)
            .Build();
    }

    /// <summary>The schedule the timer runs on: the setting, or the default.</summary>
    public static string Schedule(IHost host) =>
        host.Services.GetRequiredService<IConfiguration>()[ServeSettings.ScheduleSetting] ?? ServeSettings.DefaultSchedule;

    /// <summary>Runs the host until <paramref name="cancellationToken"/> is cancelled (or a signal stops it), then disposes it.</summary>
    public static async Task RunAsync(IHost host, CancellationToken cancellationToken)
    {
        try
        {
            await host.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped while starting.
        }
        catch (Exception e) when (IsTimerAlreadyStopped(e))
        {
        }
    }

    // The host rethrows one service's failure to stop as it is, and several in an AggregateException.
    private static bool IsTimerAlreadyStopped(Exception e) => e switch
    {
        InvalidOperationException { Message: TimerAlreadyStopped } => true,
        AggregateException a => a.InnerExceptions.All(IsTimerAlreadyStopped),
        _ => false,
    };
}
