namespace Ukspf.Functions.Hosting;

/// <summary>Settings of the custom handler web app.</summary>
public sealed record CustomHandlerOptions
{
    /// <summary>
    /// The loopback port to listen on. Null reads <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>, which the Functions host sets;
    /// 0 picks a free port (read it back from <see cref="CustomHandlerApp.BaseAddress"/> once started).
    /// </summary>
    public int? Port { get; init; }

    /// <summary>The clock handed to the pipeline when the app builds it; the system clock when null.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Pipeline settings when the app builds the pipeline; the project's defaults when null.</summary>
    public PipelineOptions? Pipeline { get; init; }
}
