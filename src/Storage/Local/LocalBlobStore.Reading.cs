using System.Runtime.CompilerServices;
using Ukspf.Storage.Blobs;

namespace Ukspf.Storage.Local;

public sealed partial class LocalBlobStore
{
    private const int ListPageSize = 500;

    /// <inheritdoc />
    public Task<BlobDownload?> DownloadAsync(string container, string name, CancellationToken cancellationToken = default) =>
        Completed.Run(() =>
        {
            var file = _paths.BlobFile(container, name);
            // Opening under the write lock pairs the properties with exactly the content they describe: a writer
            // can only rename a new file into place while holding the lock, and the open handle keeps the old one.
            return _database.Write((connection, transaction) =>
            {
                var row = BlobRow.Find(connection, transaction, container, name);
                if (row is null)
                {
                    return null;
                }

                var content = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
                return new BlobDownload(row.ToProperties(name), content);
            });
        }, cancellationToken);

    /// <inheritdoc />
    public Task<BlobProperties?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken = default) =>
        Completed.Run(() =>
        {
            _paths.BlobFile(container, name);
            return _database.Read(connection => BlobRow.Find(connection, null, container, name)?.ToProperties(name));
        }, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<BlobProperties> ListAsync(string container, string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BlobPaths.ValidateContainer(container);
        string? after = null;
        while (true)
        {
            // Reading page by page, as Azure does, keeps no connection open while the caller works on the results.
            var page = await ReadPageAsync(container, prefix ?? string.Empty, after, cancellationToken);
            foreach (var blob in page)
            {
                yield return blob;
            }

            if (page.Count < ListPageSize)
            {
                yield break;
            }

            after = page[^1].Name;
        }
    }

    private async Task<List<BlobProperties>> ReadPageAsync(string container, string prefix, string? after, CancellationToken cancellationToken)
    {
        await using var connection = _database.Open();
        if (after is null)
        {
            RequireContainer(connection, null, container);
        }

        return await BlobRow.PageAsync(connection, container, prefix, after, ListPageSize, cancellationToken);
    }
}
