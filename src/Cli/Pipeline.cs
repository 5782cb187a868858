using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Ukspf.Application;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Local;
using Ukspf.Storage.Tables;

namespace Ukspf.Cli;

/// <summary>The pipeline's functions on the storage the command line chose.</summary>
public sealed class Pipeline : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IDisposable? _store;

    private Pipeline(IBlobStore blobs, ITableStore tables, IDisposable? store, string description, TimeProvider? clock)
    {
        Blobs = blobs;
        Tables = tables;
        _store = store;
        Description = description;
        _services = new ServiceCollection().AddUkspfPipeline(blobs, tables, clock).BuildServiceProvider();
    }

    /// <summary>The blob store.</summary>
    public IBlobStore Blobs { get; }

    /// <summary>The table store.</summary>
    public ITableStore Tables { get; }

    /// <summary>Where the data is, for messages.</summary>
    public string Description { get; }

    /// <summary>A function or repository.</summary>
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Opens the storage named by the command line's global options.</summary>
    public static Pipeline Open(ParseResult parse, TimeProvider? clock = null) =>
        parse.GetValue(StoreOptions.Storage) == "azure"
            ? OpenAzure(StoreOptions.ConnectionStringOf(parse), clock)
            : OpenLocal(parse.GetValue(StoreOptions.Store)!, clock);

    /// <summary>Opens the embedded local store in <paramref name="folder"/>.</summary>
    public static Pipeline OpenLocal(string folder, TimeProvider? clock = null)
    {
        var full = Path.GetFullPath(folder);
        var store = LocalStore.Open(full, clock);
        return new Pipeline(store.Blobs, store.Tables, store, $"local store {full}", clock);
    }

    /// <summary>Opens Azure Storage (or Azurite) by connection string.</summary>
    /// <exception cref="ArgumentException">No connection string was given.</exception>
    public static Pipeline OpenAzure(string? connectionString, TimeProvider? clock = null)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new ArgumentException("--storage azure needs --connection-string or the AzureWebJobsStorage setting.");
        var storage = Ukspf.Storage.Azure.AzureStorage.FromConnectionString(connectionString);
        return new Pipeline(storage.Blobs, storage.Tables, null, $"Azure storage {storage.BlobService.Uri}", clock);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _services.Dispose();
        _store?.Dispose();
    }
}
