using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Ukspf.Storage.Blobs;
using static Ukspf.Storage.Azure.StorageExceptionTranslation;
using BlobProperties = Ukspf.Storage.Blobs.BlobProperties;
using BlobUploadOptions = Ukspf.Storage.Blobs.BlobUploadOptions;
using SdkUploadOptions = Azure.Storage.Blobs.Models.BlobUploadOptions;

namespace Ukspf.Storage.Azure;

/// <summary>
/// <see cref="IBlobStore"/> over the Azure Blob Storage SDK (Azure or Azurite); failures surface as
/// <see cref="StorageException"/> with the service's error code. Uploads are streamed in 4 MiB blocks, a few at a
/// time, so memory stays bounded whatever the blob's size; downloads stream from the network.
/// </summary>
public sealed class AzureBlobStore : IBlobStore
{
    /// <summary>Content up to this size is one Put Blob; larger content is staged in blocks of this size and committed.</summary>
    private const int BlockSize = 4 * 1024 * 1024;

    private const int BlocksInFlight = 4;

    // What the service records when an upload names no content type.
    private const string DefaultContentType = "application/octet-stream";

    private static readonly StorageTransferOptions Transfer = new()
    {
        InitialTransferSize = BlockSize,
        MaximumTransferSize = BlockSize,
        MaximumConcurrency = BlocksInFlight,
    };

    private readonly BlobServiceClient _service;
    private readonly int? _listPageSize;

    /// <summary>Wraps a Blob service client; containers and blobs are reached through it by name.</summary>
    public AzureBlobStore(BlobServiceClient service)
        : this(service, listPageSize: null)
    {
    }

    /// <summary>With listings read <paramref name="listPageSize"/> blobs a page instead of the service's 5,000, so tests can page cheaply.</summary>
    internal AzureBlobStore(BlobServiceClient service, int? listPageSize)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _listPageSize = listPageSize;
    }

    /// <inheritdoc />
    public Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default) =>
        Translate(async () => await Container(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    /// <remarks>
    /// The conditions travel with the write that makes the blob visible (the Put Blob, or the commit of the staged
    /// blocks), so of two racing writers exactly one wins.
    /// </remarks>
    public Task<BlobProperties> UploadAsync(string container, string name, Stream content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Translate(async () =>
        {
            // A seekable stream says how long it is; any other is counted as the SDK reads it, forward only.
            var counted = content.CanSeek ? null : new ReadCountingStream(content);
            var length = content.CanSeek ? content.Length - content.Position : 0;
            var upload = new SdkUploadOptions
            {
                HttpHeaders = options?.ContentType is { } type ? new BlobHttpHeaders { ContentType = type } : null,
                Metadata = options?.Metadata is { } metadata ? new Dictionary<string, string>(metadata) : null,
                Conditions = Conditions(options?.Conditions),
                TransferOptions = Transfer,
            };
            var info = (await Blob(container, name).UploadAsync(counted ?? content, upload, cancellationToken).ConfigureAwait(false)).Value;
            return new BlobProperties(
                name, Header(info.ETag), counted?.BytesRead ?? length, info.LastModified,
                options?.ContentType ?? DefaultContentType, Metadata(options?.Metadata));
        });
    }

    /// <inheritdoc />
    /// <remarks>
    /// What <paramref name="write"/> writes goes through a pipe to <see cref="UploadAsync"/>, which reads it as a stream
    /// of unknown length: staged in blocks and committed, conditions and all, only at its end. The SDK's own
    /// OpenWrite is not used because it empties the blob before the first block is written. A failed upload fails
    /// the writer's next write with the upload's error; a failed writer fails the upload before the commit.
    /// </remarks>
    public async Task<BlobProperties> WriteAsync(string container, string name, Func<Stream, CancellationToken, Task> write, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var pipe = new Pipe();
        var upload = UploadFromAsync(pipe.Reader, container, name, options, cancellationToken);
        try
        {
            await using (var input = pipe.Writer.AsStream(leaveOpen: true))
                await write(input, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The upload fails at the pipe's failed end, before its commit. The writer's exception is the one to
            // report: when the upload failed first, it is the upload's own.
            await pipe.Writer.CompleteAsync(e).ConfigureAwait(false);
            await Task.WhenAny(upload).ConfigureAwait(false);
            _ = upload.Exception;
            throw;
        }
        await pipe.Writer.CompleteAsync().ConfigureAwait(false);
        return await upload.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<BlobDownload?> DownloadAsync(string container, string name, CancellationToken cancellationToken = default) =>
        Translate<BlobDownload?>(async () =>
        {
            try
            {
                var result = (await Blob(container, name).DownloadStreamingAsync(new BlobDownloadOptions(), cancellationToken).ConfigureAwait(false)).Value;
                var details = result.Details;
                var properties = new BlobProperties(
                    name, Header(details.ETag), details.ContentLength, details.LastModified, details.ContentType, Metadata(details.Metadata));
                return new BlobDownload(properties, result.Content);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }
        });

    /// <inheritdoc />
    public Task<BlobProperties?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken = default) =>
        Translate<BlobProperties?>(async () =>
        {
            try
            {
                var properties = (await Blob(container, name).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
                return new BlobProperties(
                    name, Header(properties.ETag), properties.ContentLength, properties.LastModified, properties.ContentType, Metadata(properties.Metadata));
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }
        });

    /// <inheritdoc />
    /// <remarks>Reads a page (up to 5,000 blobs) at a time, following the service's continuation markers.</remarks>
    public async IAsyncEnumerable<BlobProperties> ListAsync(string container, string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var options = new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = string.IsNullOrEmpty(prefix) ? null : prefix };
        var pages = Container(container).GetBlobsAsync(options, cancellationToken).AsPages(pageSizeHint: _listPageSize);
        await foreach (var page in Translate(pages, page => page.Values, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page)
            {
                yield return ToProperties(item);
            }
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string container, string name, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        Translate(async () =>
        {
            var conditions = ifMatch is null ? null : new BlobRequestConditions { IfMatch = new ETag(ifMatch) };
            return (await Blob(container, name).DeleteIfExistsAsync(DeleteSnapshotsOption.None, conditions, cancellationToken).ConfigureAwait(false)).Value;
        });

    /// <summary>Uploads what the pipe carries; its end is completed with the upload's error, if any, so the writer stops.</summary>
    private async Task<BlobProperties> UploadFromAsync(PipeReader reader, string container, string name, BlobUploadOptions? options, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await UploadAsync(container, name, reader.AsStream(leaveOpen: true), options, cancellationToken).ConfigureAwait(false);
            await reader.CompleteAsync().ConfigureAwait(false);
            return properties;
        }
        catch (Exception e)
        {
            await reader.CompleteAsync(e).ConfigureAwait(false);
            throw;
        }
    }

    private static BlobRequestConditions? Conditions(BlobConditions? conditions) => conditions is null ? null : new BlobRequestConditions
    {
        IfMatch = conditions.IfMatch is { } match ? new ETag(match) : null,
        IfNoneMatch = conditions.IfNoneMatch switch
        {
            null => null,
            "*" => ETag.All,
            var other => new ETag(other),
        },
    };

    private static BlobProperties ToProperties(BlobItem item) => new(
        item.Name,
        item.Properties.ETag is { } etag ? Header(etag) : "",
        item.Properties.ContentLength ?? 0,
        item.Properties.LastModified ?? default,
        item.Properties.ContentType,
        Metadata(item.Metadata));

    // Metadata names are case-insensitive on the service, so they are here too.
    private static Dictionary<string, string> Metadata(IEnumerable<KeyValuePair<string, string>>? metadata) =>
        metadata is null
            ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(metadata, StringComparer.OrdinalIgnoreCase);

    private BlobContainerClient Container(string container) => _service.GetBlobContainerClient(container);

    private BlobClient Blob(string container, string name) => Container(container).GetBlobClient(name);
}
