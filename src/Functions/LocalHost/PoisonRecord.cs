namespace Ukspf.Functions.LocalHost;

/// <summary>
/// A blob version that failed every attempt, stored as JSON in <see cref="HostContainers.Poison"/>; the same facts
/// the Functions host puts on its <c>webjobs-blobtrigger-poison</c> queue, plus the last error.
/// </summary>
/// <param name="FunctionId">The function that failed.</param>
/// <param name="ContainerName">The blob's container.</param>
/// <param name="BlobName">The blob's name.</param>
/// <param name="ETag">The version that failed.</param>
/// <param name="Attempts">How many times it was tried.</param>
/// <param name="Error">The last failure.</param>
/// <param name="FailedAt">When it was given up.</param>
/// <param name="HostId">The host that gave up.</param>
public sealed record PoisonRecord(string FunctionId, string ContainerName, string BlobName, string ETag, int Attempts, string Error, DateTimeOffset FailedAt, string HostId);
