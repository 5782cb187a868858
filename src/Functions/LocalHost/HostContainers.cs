namespace Ukspf.Functions.LocalHost;

/// <summary>The containers the local trigger host keeps its own state in, beside the app's.</summary>
public static class HostContainers
{
    /// <summary>Receipts (one per blob version or timer occurrence done), claims in progress and timer schedules.</summary>
    public const string Receipts = "host-receipts";

    /// <summary>Blobs that failed every attempt: one JSON record each, like the Functions host's poison queue.</summary>
    public const string Poison = "host-poison";

    /// <summary>Singleton locks: a leased blob per timer function, so one host at a time schedules it.</summary>
    public const string Locks = "host-locks";

    /// <summary>All three.</summary>
    public static IReadOnlyList<string> All { get; } = [Receipts, Poison, Locks];
}
