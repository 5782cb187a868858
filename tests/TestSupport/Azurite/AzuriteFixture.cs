using Xunit;

namespace Ukspf.Testing.Azurite;

/// <summary>
/// An <see cref="AzuriteProcess"/> shared by the tests of a class (<c>IClassFixture</c>) or a collection
/// (<c>ICollectionFixture</c>): started before the first of them, stopped after the last. Tests that share it
/// each work in a container or table of their own.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    /// <summary>The running emulator.</summary>
    /// <exception cref="InvalidOperationException">xunit has not initialised the fixture yet.</exception>
    public AzuriteProcess Azurite =>
        _azurite ?? throw new InvalidOperationException("Azurite is started by InitializeAsync, which xunit calls before the tests.");

    /// <summary>A connection string for the emulator's development account.</summary>
    public string ConnectionString => Azurite.ConnectionString;

    /// <summary>Starts the emulator.</summary>
    /// <returns>A task that completes when it answers.</returns>
    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync();

    /// <summary>Stops the emulator, if it was started.</summary>
    /// <returns>A task that completes when it has been stopped.</returns>
    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
