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

    /// <inheritdoc />
    public Task<string?> TryAcquireLeaseAsync(string container, string name, TimeSpan duration, CancellationToken cancellationToken = default) =>
        Translate(async () =>
        {
            var blob = Blob(container, name);
            try
            {
                return await AcquireAsync(blob, duration, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Create-only, so a racing creator's blob (and any lease on it) is left alone.
                try
                {
                    await blob.UploadAsync(Stream.Null, new BlobUploadOptions { Conditions = BlobConditions.IfNoneMatchAny }, cancellationToken).ConfigureAwait(false);
                }
                catch (RequestFailedException created) when (created.Status is 409 or 412)
                {
                }

                return await AcquireAsync(blob, duration, cancellationToken).ConfigureAwait(false);
            }
        });

    /// <inheritdoc />
    public Task<bool> RenewLeaseAsync(string container, string name, string leaseId, CancellationToken cancellationToken = default) =>
        Translate(async () =>
        {
            try
            {
                await Blob(container, name).RenewLeaseAsync(leaseId, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
            {
                return false;
            }
        });

    /// <inheritdoc />
    public Task ReleaseLeaseAsync(string container, string name, string leaseId, CancellationToken cancellationToken = default) =>
        Translate(async () => await Blob(container, name).ReleaseLeaseAsync(leaseId, cancellationToken).ConfigureAwait(false));

    private static async Task<string?> AcquireAsync(BlobClient blob, TimeSpan duration, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.AcquireLeaseAsync(duration, null, cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }

    private BlobContainerClient Container(string container) => _service.GetBlobContainerClient(container);

    private BlobClient Blob(string container, string name) => Container(container).GetBlobClient(name);
}
