using Microsoft.Data.Sqlite;
using Ukspf.Storage.Blobs;

namespace Ukspf.Storage.Local;

/// <summary>
/// Blobs as files under <c>{root}/blobs/{container}/{name}</c>, with their properties in the store's
/// SQLite file. Every write moves a finished temporary file into place while holding the database write lock, so
/// conditions (<c>If-None-Match: *</c>, <c>If-Match</c>) hold even between processes sharing the root. Names are
/// ordered by Unicode code point, which is ordinal order for every character outside the surrogate range.
/// </summary>
/// <remarks>
/// Two limits of files that Azure does not have: a blob cannot be named like another blob's folder ("a" beside
/// "a/b"), and on a case-insensitive file system names differing only in case collide.
/// </remarks>
public sealed partial class LocalBlobStore : IBlobStore
{
    private const string DefaultContentType = "application/octet-stream";

    private readonly StoreDatabase _database;
    private readonly BlobPaths _paths;
    private readonly TimeProvider _clock;

    internal LocalBlobStore(StoreDatabase database, BlobPaths paths, TimeProvider clock)
    {
        _database = database;
        _paths = paths;
        _clock = clock;
    }

    /// <inheritdoc />
    public Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default) =>
        Completed.Run(() =>
        {
            var folder = _paths.ContainerFolder(container);
            _database.Write((connection, transaction) =>
            {
                Directory.CreateDirectory(folder);
                return StoreDatabase.Execute(connection, transaction,
                    "INSERT OR IGNORE INTO containers(name) VALUES ($c);", ("$c", container));
            });
        }, cancellationToken);

    /// <inheritdoc />
    public Task<BlobProperties> UploadAsync(string container, string name, Stream content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return WriteAsync(container, name, content.CopyToAsync, options, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>The content goes into a temporary file, moved into place when <paramref name="write"/> has returned.</remarks>
    public async Task<BlobProperties> WriteAsync(string container, string name, Func<Stream, CancellationToken, Task> write, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var file = _paths.BlobFile(container, name);
        var metadata = BlobMetadata.Normalise(options?.Metadata);
        var temp = _paths.NewTempFile();
        try
        {
            var length = await WriteTempFileAsync(temp, write, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            return _database.Write((connection, transaction) =>
            {
                RequireContainer(connection, transaction, container);
                var current = BlobRow.Find(connection, transaction, container, name);
                CheckConditions(options?.Conditions, current, container, name);
                _paths.PrepareFolders(container, name, file);
                File.Move(temp, file, overwrite: true);
                var row = new BlobRow(ETags.NewBlobETag(), length, WholeSecondsNow(), options?.ContentType ?? DefaultContentType, metadata);
                row.Save(connection, transaction, container, name);
                return row.ToProperties(name);
            });
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string container, string name, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        Completed.Run(() =>
        {
            var file = _paths.BlobFile(container, name);
            return _database.Write((connection, transaction) =>
            {
                var current = BlobRow.Find(connection, transaction, container, name);
                if (current is null)
                {
                    return false;
                }

                if (ifMatch is not null && !ETags.Matches(ifMatch, current.ETag))
                {
                    throw StorageErrors.ConditionNotMet(container, name);
                }

                BlobRow.Delete(connection, transaction, container, name);
                File.Delete(file);
                _paths.RemoveEmptyFolders(container, file);
                return true;
            });
        }, cancellationToken);

    private static async Task<long> WriteTempFileAsync(string temp, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        await write(stream, cancellationToken);
        // The rename is only atomic for data that is already on disk.
        stream.Flush(flushToDisk: true);
        return stream.Length;
    }

    private static void CheckConditions(BlobConditions? conditions, BlobRow? current, string container, string name)
    {
        if (conditions?.IfNoneMatch is { } noneMatch && current is not null && ETags.Matches(noneMatch, current.ETag))
        {
            throw noneMatch == "*" ? StorageErrors.BlobAlreadyExists(container, name) : StorageErrors.ConditionNotMet(container, name);
        }

        if (conditions?.IfMatch is { } match && (current is null || !ETags.Matches(match, current.ETag)))
        {
            throw StorageErrors.ConditionNotMet(container, name);
        }
    }

    private static void RequireContainer(SqliteConnection connection, SqliteTransaction? transaction, string container)
    {
        using var command = StoreDatabase.Command(connection, transaction, "SELECT 1 FROM containers WHERE name = $c;", ("$c", container));
        if (command.ExecuteScalar() is null)
        {
            throw StorageErrors.ContainerNotFound(container);
        }
    }

    private DateTimeOffset Now() => _clock.GetUtcNow();

    // Azure reports Last-Modified as an HTTP date, to the second.
    private long WholeSecondsNow()
    {
        var ticks = Now().UtcTicks;
        return ticks - (ticks % TimeSpan.TicksPerSecond);
    }
}
