using Microsoft.Extensions.DependencyInjection;
using Ukspf.Domain.Councils;
using Ukspf.Application;
using Ukspf.Storage.Local;

namespace Ukspf.Bench.Workloads;

/// <summary>The real pipeline, wired as the functions host wires it, on the embedded store in a folder.</summary>
public sealed class BenchStore : IDisposable
{
    private readonly LocalStore _store;
    private readonly ServiceProvider _services;

    private BenchStore(LocalStore store, ServiceProvider services)
    {
        _store = store;
        _services = services;
    }

    public LocalStore Store => _store;

    public static BenchStore Open(string folder, CouncilRegister register, TimeProvider clock)
    {
        var store = LocalStore.Open(folder, clock);
        var services = new ServiceCollection().AddUkspfPipeline(store.Blobs, store.Tables, clock);
        // Registered last, so it is the register the functions get: the real one plus the numbered councils.
        services.AddSingleton(register);
        return new BenchStore(store, services.BuildServiceProvider());
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public void Dispose()
    {
        _services.Dispose();
        _store.Dispose();
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
}
