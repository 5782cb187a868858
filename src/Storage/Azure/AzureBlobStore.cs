using System.Runtime.CompilerServices;
using Azure;
using Ukspf.Storage.Blobs;
using static Ukspf.Storage.Azure.StorageExceptionTranslation;

namespace Ukspf.Storage.Azure;

/// <summary><see cref="IBlobStore"/> on Azure Blob Storage (or Azurite), failures as <see cref="StorageException"/>.</summary>
public sealed class AzureBlobStore : IBlobStore
{
    private readonly BlobServiceClient _service;

    /// <summary>Wraps a Blob service client.</summary>
    public AzureBlobStore(BlobServiceClient service) => _service = service ?? throw new ArgumentNullException(nameof(service));

    /// <inheritdoc />
    public Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default) =>
        Translate(async () => (await Container(container).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false)).Value);

    /// <inheritdoc />
    public Task<BlobProperties> UploadAsync(string container, string name, Stream content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default) =>
        Translate(async () => (await Blob(container, name).UploadAsync(content, options, cancellationToken).ConfigureAwait(false)).Value);

    /// <inheritdoc />
    public Task<BlobDownload?> DownloadAsync(string container, string name, CancellationToken cancellationToken = default) =>
        Translate<BlobDownload?>(async () =>
        {
            try
            {
                return (await Blob(container, name).DownloadStreamingAsync(cancellationToken).ConfigureAwait(false)).Value;
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
                return (await Blob(container, name).GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }
        });

    /// <inheritdoc />
    public async IAsyncEnumerable<BlobProperties> ListAsync(string container, string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var pages = Container(container).GetBlobsAsync(prefix, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            BlobProperties item;
            try
            {
                if (!await pages.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }

                item = pages.Current;
            }
            catch (RequestFailedException e)
            {
                throw ToStorageException(e);
            }

            yield return item;
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string container, string name, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        Translate(async () =>
        {
            try
            {
                await Blob(container, name).DeleteAsync(ifMatch, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return false;
            }
        });

    private BlobContainerClient Container(string container) => _service.GetBlobContainerClient(container);

    private BlobClient Blob(string container, string name) => Container(container).GetBlobClient(name);
}
