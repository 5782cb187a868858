using Azure;
using Azure.Core;
using Ukspf.Storage.Blobs;

namespace Ukspf.Storage.Azure;

/// <summary>One blob container: create, delete, list blobs, and clients for its blobs.</summary>
public sealed class BlobContainerClient
{
    private readonly StorageRestClient _rest;

    internal BlobContainerClient(StorageRestClient rest, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _rest = rest;
        Name = name;
    }

    /// <summary>The container name.</summary>
    public string Name { get; }

    /// <summary>Creates the container unless it exists; returns true when this call created it.</summary>
    public async Task<Response<bool>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = ContainerMessage(RequestMethod.Put);
        try
        {
            var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return Response.FromValue(true, response);
        }
        catch (RequestFailedException e) when (e.ErrorCode == "ContainerAlreadyExists")
        {
            return Response.FromValue(false, message.Response);
        }
    }

    /// <summary>Deletes the container and its blobs; returns false when it did not exist.</summary>
    public async Task<Response<bool>> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = ContainerMessage(RequestMethod.Delete);
        try
        {
            var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return Response.FromValue(true, response);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return Response.FromValue(false, message.Response);
        }
    }

    /// <summary>
    /// The blobs whose names start with <paramref name="prefix"/>, in name order, with their metadata; one page per
    /// List Blobs call, following <c>NextMarker</c>. The page size hint becomes <c>maxresults</c> (service default 5,000).
    /// </summary>
    public AsyncPageable<BlobProperties> GetBlobsAsync(string? prefix = null, CancellationToken cancellationToken = default) =>
        new DelegatingAsyncPageable<BlobProperties>((marker, pageSize, ct) => ListPageAsync(prefix, marker, pageSize, ct), cancellationToken);

    /// <summary>A client for one blob; makes no request.</summary>
    public BlobClient GetBlobClient(string blobName) => new(_rest, Name, blobName);

    private async Task<Page<BlobProperties>> ListPageAsync(string? prefix, string? marker, int? pageSize, CancellationToken cancellationToken)
    {
        using var message = ContainerMessage(RequestMethod.Get);
        var uri = message.Request.Uri;
        uri.AppendQuery("comp", "list");
        uri.AppendQuery("include", "metadata");
        if (!string.IsNullOrEmpty(prefix))
        {
            uri.AppendQuery("prefix", prefix, escapeValue: true);
        }

        if (!string.IsNullOrEmpty(marker))
        {
            uri.AppendQuery("marker", marker, escapeValue: true);
        }

        if (pageSize is > 0)
        {
            uri.AppendQuery("maxresults", pageSize.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var (blobs, nextMarker) = BlobListXml.Read(response.ContentStream!);
        return Page<BlobProperties>.FromValues(blobs, nextMarker, response);
    }

    private HttpMessage ContainerMessage(RequestMethod method)
    {
        var message = _rest.CreateMessage(method, Name);
        message.Request.Uri.AppendQuery("restype", "container");
        return message;
    }
}
