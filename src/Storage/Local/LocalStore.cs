namespace Ukspf.Storage.Local;

/// <summary>
/// The embedded store: blobs as files under <c>{root}/blobs</c>, their properties and all tables in
/// <c>{root}/store.db</c>. Safe to share between threads; several instances, in one process or several, may open
/// the same root at once.
/// </summary>
public sealed class LocalStore : IDisposable
{
    private readonly StoreDatabase _database;

    private LocalStore(string rootPath, StoreDatabase database, LocalBlobStore blobs, LocalTableStore tables)
    {
        RootPath = rootPath;
        _database = database;
        Blobs = blobs;
        Tables = tables;
    }

    /// <summary>The folder holding the store.</summary>
    public string RootPath { get; }

    /// <summary>The blob store.</summary>
    public LocalBlobStore Blobs { get; }

    /// <summary>The table store.</summary>
    public LocalTableStore Tables { get; }

    /// <summary>Opens the store in <paramref name="rootPath"/>, creating the folder and database if needed.</summary>
    /// <param name="rootPath">The store's folder.</param>
    /// <param name="timeProvider">The clock for blob and entity timestamps; the system clock when null.</param>
    public static LocalStore Open(string rootPath, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        var root = Path.GetFullPath(rootPath);
        Directory.CreateDirectory(root);
        var clock = timeProvider ?? TimeProvider.System;
        var database = new StoreDatabase(Path.Combine(root, "store.db"));
        return new LocalStore(root, database, new LocalBlobStore(database, new BlobPaths(root), clock), new LocalTableStore(database, clock));
    }

    /// <summary>Closes the pooled database connections, so that the folder can be moved or deleted.</summary>
    public void Dispose() => _database.ReleaseConnections();
}
