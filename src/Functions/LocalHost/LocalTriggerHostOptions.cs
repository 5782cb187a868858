namespace Ukspf.Functions.LocalHost;

/// <summary>Settings of the local trigger host.</summary>
public sealed record LocalTriggerHostOptions
{
    /// <summary>Where the custom handler listens, e.g. <c>http://127.0.0.1:7071/</c>; required.</summary>
    public Uri? HandlerAddress { get; init; }

    /// <summary>How often the inbox is listed and timers are checked.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How many blobs are processed at once by this host.</summary>
    public int MaxParallelBlobs { get; init; } = 4;

    /// <summary>Attempts per blob version before it is recorded as poison (the Functions host's poisonBlobThreshold).</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The first retry delay; each further retry waits about twice as long.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claim or singleton lock lasts unless renewed (15 to 60 seconds, as blob leases): after a host dies, others wait this long.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a stopping host lets invocations already under way finish before cancelling them.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>App settings, for schedules written as <c>%Setting%</c>; the environment when null.</summary>
    public Func<string, string?>? Settings { get; init; }

    /// <summary>The clock that decides when timers are due; the system clock when null.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Names this host in receipts and logs; a fresh id when null.</summary>
    public string? HostId { get; init; }
}
