using Azure;
using Azure.Storage.Blobs;
using Ukspf.Application;

namespace Ukspf.Cli.Serve;

/// <summary>
/// Checks at start-up that the blob endpoint answers, and creates the inbox there, so that the SDK's blob listener
/// has a container to watch and an unreachable endpoint is one clear line rather than the SDK's retries and stack
/// traces.
/// </summary>
/// <exception cref="FormatException">The connection string is malformed (thrown by the constructor).</exception>
internal sealed class StorageProbe(string connectionString)
{
    private readonly BlobServiceClient _service = new(connectionString, new BlobClientOptions
    {
        Retry = { MaxRetries = 1, Delay = TimeSpan.FromMilliseconds(200), NetworkTimeout = TimeSpan.FromSeconds(5) },
    });

    /// <summary>The blob endpoint the connection string names.</summary>
    public Uri BlobEndpoint => _service.Uri;

    /// <summary>Creates the inbox if it is missing; returns what is wrong, or null when storage is ready.</summary>
    public async Task<string?> CreateInboxAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _service.GetBlobContainerClient(StorageNames.InboxContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            return null;
        }
        catch (Exception e) when (e is AggregateException or HttpRequestException or RequestFailedException { Status: 0 }
                                   || e is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return $"Cannot reach Azure Storage at {BlobEndpoint}: start Azurite (npm run azurite) or set {ServeSettings.StorageSetting}.";
        }
        catch (RequestFailedException e)
        {
            return $"Azure Storage at {BlobEndpoint} refused to create the {StorageNames.InboxContainer} container ({e.Status} {e.ErrorCode}): check the connection string.";
        }
    }
}
