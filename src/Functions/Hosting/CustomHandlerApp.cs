using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Ukspf.Functions.Hosting.Endpoints;
using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Tables;

namespace Ukspf.Functions.Hosting;

/// <summary>
/// The custom handler: a web app on 127.0.0.1 that the Azure Functions host (or the local trigger host) calls with
/// <c>POST /{FunctionName}</c> for every invocation. <c>GET /</c> answers the host's readiness probe.
/// </summary>
public static class CustomHandlerApp
{
    /// <summary>Builds the app on the pipeline over the given storage; the caller runs it (<c>RunAsync</c>) or starts it (<c>StartAsync</c>) and disposes it.</summary>
    /// <param name="args">Command-line arguments, passed to configuration.</param>
    /// <param name="blobs">The blob store the functions use.</param>
    /// <param name="tables">The table store the functions use.</param>
    /// <param name="options">Port, clock and pipeline settings.</param>
    /// <exception cref="InvalidOperationException">No port is given and FUNCTIONS_CUSTOMHANDLER_PORT is not set to one.</exception>
    public static WebApplication Build(string[] args, IBlobStore blobs, ITableStore tables, CustomHandlerOptions? options = null)
    {
        options ??= new CustomHandlerOptions();
        var pipeline = new ServiceCollection().AddUkspfPipeline(blobs, tables, options.Clock, options.Pipeline).BuildServiceProvider();
        var app = Build(args, HandlerFunctions.FromServices(pipeline), options);
        app.Lifetime.ApplicationStopped.Register(pipeline.Dispose);
        return app;
    }

    /// <summary>Builds the app on the given operations; the caller runs it (<c>RunAsync</c>) or starts it (<c>StartAsync</c>) and disposes it.</summary>
    /// <param name="args">Command-line arguments, passed to configuration.</param>
    /// <param name="functions">The pipeline operations behind the endpoints.</param>
    /// <param name="options">Port settings.</param>
    /// <exception cref="InvalidOperationException">No port is given and FUNCTIONS_CUSTOMHANDLER_PORT is not set to one.</exception>
    public static WebApplication Build(string[] args, HandlerFunctions functions, CustomHandlerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(functions);
        options ??= new CustomHandlerOptions();
        var builder = WebApplication.CreateSlimBuilder(args);
        var port = options.Port ?? PortFromEnvironment(builder.Configuration[AppSettingNames.CustomHandlerPort]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            // Uploads arrive Base64-encoded inside JSON, a third larger than the file.
            kestrel.Limits.MaxRequestBodySize = 64L * 1024 * 1024;
        });

        builder.Services.AddSingleton(functions);
        builder.Services.AddSingleton<IFunctionEndpoint, IngestReturnEndpoint>();
        builder.Services.AddSingleton<IFunctionEndpoint, ReconcileRoundEndpoint>();
        builder.Services.AddSingleton<IFunctionEndpoint, ReconcileRoundNowEndpoint>();
        builder.Services.AddSingleton<IFunctionEndpoint, OpenRoundEndpoint>();
        builder.Services.AddSingleton<IFunctionEndpoint, ImportAllocationsEndpoint>();
        builder.Services.AddSingleton<IFunctionEndpoint, ListSubmissionsEndpoint>();
        builder.Services.AddSingleton<InvocationDispatcher>();

        var app = builder.Build();
        app.MapGet("/", (InvocationDispatcher dispatcher) => Results.Json(new { Functions = dispatcher.FunctionNames }));
        app.MapPost("/{function}", (string function, HttpContext context, InvocationDispatcher dispatcher) =>
            dispatcher.DispatchAsync(function, context.Request, context.RequestAborted));
        return app;
    }

    /// <summary>The address a started app listens on, such as <c>http://127.0.0.1:52731/</c>.</summary>
    /// <exception cref="InvalidOperationException">The app has not been started.</exception>
    public static Uri BaseAddress(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The handler is not listening yet: start it first.");
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    private static int PortFromEnvironment(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new InvalidOperationException(
                $"{AppSettingNames.CustomHandlerPort} is not set to a port; the Functions host sets it, or pass a port explicitly.");
}
