using System.Buffers;
using System.Security;
using System.Text;
using Azure;
using Azure.Core;
using Ukspf.Storage.Blobs;

namespace Ukspf.Storage.Azure;

public sealed partial class BlobClient
{
    /// <summary>Content up to this size goes in one Put Blob; larger content is staged in blocks of this size.</summary>
    internal const int BlockSize = 4 * 1024 * 1024;

    /// <summary>
    /// Uploads the content with its content type, metadata and conditions. Reads <paramref name="content"/> forward
    /// only, holding at most one 4 MiB block in memory: small content is one Put Blob, larger content is Put Block
    /// calls and a Put Block List that carries the conditions, so a race is decided at commit.
    /// </summary>
    /// <exception cref="RequestFailedException">409 BlobAlreadyExists or 412 ConditionNotMet when a condition fails.</exception>
    public async Task<Response<BlobProperties>> UploadAsync(Stream content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            var read = await ReadBlockAsync(content, buffer, cancellationToken).ConfigureAwait(false);
            if (read < BlockSize)
            {
                return await PutBlobAsync(buffer.AsMemory(0, read), options, cancellationToken).ConfigureAwait(false);
            }

            // Block ids must all have one length; the upload's own prefix keeps racing uploads' blocks apart.
            var uploadId = Guid.NewGuid().ToString("N");
            var blockIds = new List<string>();
            long total = 0;
            while (read > 0)
            {
                var id = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{uploadId}-{blockIds.Count:D6}"));
                await PutBlockAsync(id, buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                blockIds.Add(id);
                total += read;
                read = await ReadBlockAsync(content, buffer, cancellationToken).ConfigureAwait(false);
            }

            return await PutBlockListAsync(blockIds, total, options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<Response<BlobProperties>> PutBlobAsync(ReadOnlyMemory<byte> data, BlobUploadOptions? options, CancellationToken cancellationToken)
    {
        using var message = BlobMessage(RequestMethod.Put);
        var request = message.Request;
        request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        WriteBlobHeaders(request, options);
        request.Content = RequestContent.Create(data);
        var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return Uploaded(response, data.Length, options);
    }

    private async Task PutBlockAsync(string blockId, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        using var message = BlobMessage(RequestMethod.Put);
        message.Request.Uri.AppendQuery("comp", "block");
        message.Request.Uri.AppendQuery("blockid", blockId, escapeValue: true);
        message.Request.Content = RequestContent.Create(data);
        await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Response<BlobProperties>> PutBlockListAsync(List<string> blockIds, long length, BlobUploadOptions? options, CancellationToken cancellationToken)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>");
        foreach (var id in blockIds)
        {
            xml.Append("<Latest>").Append(SecurityElement.Escape(id)).Append("</Latest>");
        }

        xml.Append("</BlockList>");
        using var message = BlobMessage(RequestMethod.Put);
        var request = message.Request;
        request.Uri.AppendQuery("comp", "blocklist");
        request.Headers.SetValue("Content-Type", "application/xml");
        WriteBlobHeaders(request, options);
        request.Content = RequestContent.Create(Encoding.UTF8.GetBytes(xml.ToString()));
        var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return Uploaded(response, length, options);
    }

    private static void WriteBlobHeaders(Request request, BlobUploadOptions? options)
    {
        if (options?.ContentType is { } contentType)
        {
            request.Headers.SetValue("x-ms-blob-content-type", contentType);
        }

        BlobHeaders.WriteMetadata(request, options?.Metadata);
        BlobHeaders.WriteConditions(request, options?.Conditions);
    }

    private Response<BlobProperties> Uploaded(Response response, long length, BlobUploadOptions? options)
    {
        var metadata = options?.Metadata is { } given
            ? new Dictionary<string, string>(given, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var properties = new BlobProperties(
            Name, BlobHeaders.ETag(response), length, BlobHeaders.LastModified(response), options?.ContentType ?? "application/octet-stream", metadata);
        return Response.FromValue(properties, response);
    }

    private static async Task<int> ReadBlockAsync(Stream content, byte[] buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < BlockSize)
        {
            var n = await content.ReadAsync(buffer.AsMemory(filled, BlockSize - filled), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            filled += n;
        }

        return filled;
    }
}
