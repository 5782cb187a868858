using Ukspf.Storage.Blobs;
using Ukspf.Storage.Tables;

namespace Ukspf.Application;

/// <summary>Creates the containers and tables the pipeline needs, once per process.</summary>
public sealed class StorageSetup(IBlobStore blobs, ITableStore tables)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _done;

    /// <summary>Creates every container and table of <see cref="StorageNames"/> if missing.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (_done) return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_done) return;
            foreach (var c in StorageNames.Containers) await blobs.CreateContainerIfNotExistsAsync(c, cancellationToken);
            foreach (var t in StorageNames.Tables) await tables.CreateTableIfNotExistsAsync(t, cancellationToken);
            _done = true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
