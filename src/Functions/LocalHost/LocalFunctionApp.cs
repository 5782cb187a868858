using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ukspf.Functions.Hosting;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Tables;

namespace Ukspf.Functions.LocalHost;

/// <summary>
/// The whole function app on one machine, as <c>ukspf serve</c> runs it: the custom handler on a loopback port and
/// a local trigger host calling it, both against the same storage.
/// </summary>
public static class LocalFunctionApp
{
    /// <summary>Runs the handler and the trigger host until <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="args">Command-line arguments for the handler's configuration.</param>
    /// <param name="blobs">The blob store (Azurite or the embedded store); the trigger host's containers live here too.</param>
    /// <param name="tables">The table store.</param>
    /// <param name="hostOptions">Trigger host settings; its handler address is replaced by the handler's real one.</param>
    /// <param name="handlerOptions">Handler settings; port 0 (any free port) unless given.</param>
    /// <param name="cancellationToken">Stops both.</param>
    public static async Task RunAsync(
        string[] args,
        IBlobStore blobs,
        ITableStore tables,
        LocalTriggerHostOptions? hostOptions = null,
        CustomHandlerOptions? handlerOptions = null,
        CancellationToken cancellationToken = default)
    {
        var handlerSettings = handlerOptions ?? new CustomHandlerOptions();
        if (handlerSettings.Port is null)
        {
            handlerSettings = handlerSettings with { Port = 0 };
        }

        await using var app = CustomHandlerApp.Build(args, blobs, tables, handlerSettings);
        await app.StartAsync(cancellationToken);
        try
        {
            var settings = (hostOptions ?? new LocalTriggerHostOptions()) with { HandlerAddress = CustomHandlerApp.BaseAddress(app) };
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<LocalTriggerHost>();
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            // The web host owns Ctrl+C and SIGTERM: when it begins to stop, the trigger host stops too.
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
            await new LocalTriggerHost(blobs, settings, http, logger).RunAsync(stopping.Token);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }
}
