using Ukspf.Storage.Azure;
using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Functions.Tests.LocalHost;

/// <summary>
/// The two-host guarantees with the Azure REST clients against Azurite: real leases, real conditional writes. The
/// hosts' container and table names are fixed, so each test gets an emulator of its own.
/// </summary>
public sealed class AzuriteHostTests : TwoHostGuarantees, IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    protected override int UploadCount => 16;

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null) await _azurite.DisposeAsync();
    }

    private protected override Task<HostScenario> ScenarioAsync(DateTimeOffset now)
    {
        var storage = AzureStorage.FromConnectionString(_azurite!.ConnectionString);
        return HostScenario.OnAsync(storage.Blobs, storage.Tables, now);
    }
}
