using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Storage.Azure;
using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Functions.Tests.LocalHost;

/// <summary>The same guarantees with the Azure REST clients against Azurite: real leases, real conditional writes.</summary>
public class AzuriteHostTests
{
    private static readonly DateTimeOffset BeforeTwo = new(2025, 10, 1, 1, 59, 50, TimeSpan.Zero);

    [Fact]
    public async Task Two_hosts_on_azurite_process_every_upload_exactly_once()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var storage = AzureStorage.FromConnectionString(azurite.ConnectionString);
        await using var scenario = await HostScenario.OnAsync(storage.Blobs, storage.Tables, BeforeTwo);
        var uploads = await scenario.UploadAsync(16);

        var first = scenario.StartHost();
        var second = scenario.StartHost();
        await Eventually.WaitUntilAsync(async () => (await scenario.BlobReceiptsAsync()).Count == uploads.Count, "a receipt per upload");
        await first.PassesAsync();
        await second.PassesAsync();

        Assert.Equal(uploads.Order(), scenario.Recorder.IngestedBlobs.Order());
        Assert.Equal(uploads.Count, await scenario.SubmissionCountAsync());
    }

    [Fact]
    public async Task Two_hosts_on_azurite_run_a_timer_occurrence_once()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var storage = AzureStorage.FromConnectionString(azurite.ConnectionString);
        await using var scenario = await HostScenario.OnAsync(storage.Blobs, storage.Tables, BeforeTwo);
        var first = scenario.StartHost();
        var second = scenario.StartHost();
        await first.PassesAsync();
        await second.PassesAsync();

        scenario.Clock.Set(BeforeTwo.AddSeconds(11));
        await Eventually.WaitUntilAsync(() => scenario.Recorder.Of(FunctionNames.ReconcileRound).Count == 1, "the night's run");
        await first.PassesAsync(3);
        await second.PassesAsync(3);

        var run = Assert.Single(scenario.Recorder.Of(FunctionNames.ReconcileRound));
        Assert.True(run.Succeeded);
        Assert.False(run.IsPastDue);
    }
}
