using Microsoft.Extensions.DependencyInjection;
using Ukspf.Domain.Councils;
using Ukspf.Application;
using Ukspf.Storage.Azure;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Local;
using Ukspf.Storage.Tables;

namespace Ukspf.Bench.Workloads;

/// <summary>
/// The real pipeline, wired as the functions host wires it, on a store: the embedded store in a folder, or an
/// account (Azurite) reached through the official SDKs' adapters.
/// </summary>
public sealed class BenchStore : IDisposable
{
    /// <summary>Marks a store location that is a connection string rather than a folder (child processes are given one string).</summary>
    public const string ConnectionPrefix = "connection:";

    private readonly LocalStore? _local;
    private readonly ServiceProvider _services;

    private BenchStore(IBlobStore blobs, ITableStore tables, LocalStore? local, ServiceProvider services)
    {
        Blobs = blobs;
        Tables = tables;
        _local = local;
        _services = services;
    }

    public IBlobStore Blobs { get; }

    public ITableStore Tables { get; }

    /// <summary>The embedded store in <paramref name="folder"/>.</summary>
    public static BenchStore Open(string folder, CouncilRegister register, TimeProvider clock)
    {
        var store = LocalStore.Open(folder, clock);
        return new BenchStore(store.Blobs, store.Tables, store, Wire(store.Blobs, store.Tables, register, clock));
    }

    /// <summary>The account of <paramref name="connectionString"/> through <see cref="AzureStorage"/>, as the function app reaches Azure Storage.</summary>
    public static BenchStore Connect(string connectionString, CouncilRegister register, TimeProvider clock)
    {
        var storage = AzureStorage.FromConnectionString(connectionString);
        return new BenchStore(storage.Blobs, storage.Tables, null, Wire(storage.Blobs, storage.Tables, register, clock));
    }

    /// <summary>A folder (the embedded store) or <see cref="ConnectionPrefix"/> and a connection string (Azurite).</summary>
    public static BenchStore At(string location, CouncilRegister register, TimeProvider clock) =>
        location.StartsWith(ConnectionPrefix, StringComparison.Ordinal)
            ? Connect(location[ConnectionPrefix.Length..], register, clock)
            : Open(location, register, clock);

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public void Dispose()
    {
        _services.Dispose();
        _local?.Dispose();
    }

    /// <summary>Copies a closed store folder, so that each run starts from the same state.</summary>
    public static void Copy(string from, string to)
    {
        if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    private static ServiceProvider Wire(IBlobStore blobs, ITableStore tables, CouncilRegister register, TimeProvider clock)
    {
        var services = new ServiceCollection().AddUkspfPipeline(blobs, tables, clock);
        // Registered last, so it is the register the functions get: the real one plus the numbered councils.
        services.AddSingleton(register);
        return services.BuildServiceProvider();
    }
}
