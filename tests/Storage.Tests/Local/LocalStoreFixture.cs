using Ukspf.Storage.Local;

namespace Ukspf.Storage.Tests.Local;

/// <summary>A local store in a temporary folder on a manual clock, shared by a test class and deleted afterwards.</summary>
public sealed class LocalStoreFixture : IDisposable
{
    private readonly List<LocalStore> _opened = [];

    public LocalStoreFixture()
    {
        RootPath = Path.Combine(Path.GetTempPath(), "ukspf-store-" + Guid.NewGuid().ToString("N"));
        Store = OpenAnother();
    }

    public string RootPath { get; }

    public ManualClock Clock { get; } = new();

    public LocalStore Store { get; }

    /// <summary>A second, independent store on the same folder, with its own connections, as another process would have.</summary>
    public LocalStore OpenAnother()
    {
        var store = LocalStore.Open(RootPath, Clock);
        lock (_opened)
        {
            _opened.Add(store);
        }

        return store;
    }

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        Directory.Delete(RootPath, recursive: true);
    }
}
