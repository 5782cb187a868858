using Azure;
using Azure.Core;
using Ukspf.Storage.Blobs;

namespace Ukspf.Storage.Azure;

/// <summary>
/// One blob: upload (<c>BlobClient.Upload.cs</c>), download as a stream, properties, delete, and leases
/// (<c>BlobClient.Lease.cs</c>). Failures raise <see cref="RequestFailedException"/> with the service's error code.
/// </summary>
public sealed partial class BlobClient
{
    private readonly StorageRestClient _rest;

    internal BlobClient(StorageRestClient rest, string containerName, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _rest = rest;
        ContainerName = containerName;
        Name = name;
    }

    /// <summary>The container the blob is in.</summary>
    public string ContainerName { get; }

    /// <summary>The blob name.</summary>
    public string Name { get; }

    /// <summary>
    /// Opens the blob for reading. The content is streamed from the response as the caller reads it, never buffered
    /// whole; dispose the download to release the connection.
    /// </summary>
    /// <exception cref="RequestFailedException">404 BlobNotFound when there is no such blob.</exception>
    public async Task<Response<BlobDownload>> DownloadStreamingAsync(CancellationToken cancellationToken = default)
    {
        var message = BlobMessage(RequestMethod.Get);
        message.BufferResponse = false;
        try
        {
            var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
            var properties = BlobHeaders.Read(Name, response);
            var content = message.ExtractResponseContent() ?? Stream.Null;
            return Response.FromValue(new BlobDownload(properties, content), response);
        }
        finally
        {
            message.Dispose();
        }
    }

    /// <summary>The blob's properties and metadata.</summary>
    /// <exception cref="RequestFailedException">404 when there is no such blob.</exception>
    public async Task<Response<BlobProperties>> GetPropertiesAsync(CancellationToken cancellationToken = default)
    {
        using var message = BlobMessage(RequestMethod.Head);
        var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return Response.FromValue(BlobHeaders.Read(Name, response), response);
    }

    /// <summary>Deletes the blob, only if its ETag is <paramref name="ifMatch"/> when one is given.</summary>
    /// <exception cref="RequestFailedException">404 when missing; 412 ConditionNotMet when the ETag is stale.</exception>
    public async Task<Response> DeleteAsync(string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        using var message = BlobMessage(RequestMethod.Delete);
        BlobHeaders.WriteConditions(message.Request, ifMatch is null ? null : BlobConditions.IfMatchETag(ifMatch));
        return await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    // Each segment is escaped on its own so the name's slashes stay path separators, as the service shows them.
    private HttpMessage BlobMessage(RequestMethod method) => _rest.CreateMessage(method, [ContainerName, .. Name.Split('/')]);
}
