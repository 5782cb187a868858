using System.Text.Json;
using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Functions.LocalHost;
using Xunit;

namespace Ukspf.Functions.Tests.LocalHost;

public class BlobTriggerTests
{
    [Fact]
    public async Task Processes_each_upload_once_and_records_a_receipt_for_it()
    {
        await using var scenario = await HostScenario.LocalAsync();
        var uploads = await scenario.UploadAsync(3);

        var host = scenario.StartHost();
        await Eventually.WaitUntilAsync(async () => (await scenario.BlobReceiptsAsync()).Count == 3, "three receipts");
        await host.PassesAsync();

        Assert.Equal(uploads.Order(), scenario.Recorder.IngestedBlobs.Order());
        Assert.Equal(3, await scenario.SubmissionCountAsync());
    }

    [Fact]
    public async Task A_new_version_of_a_processed_blob_is_processed_again()
    {
        await using var scenario = await HostScenario.LocalAsync();
        const string Name = HostScenario.Round + "/adur/return.xlsx";
        await scenario.UploadAsync(Name, "first attempt");
        var host = scenario.StartHost();
        await Eventually.WaitUntilAsync(async () => (await scenario.BlobReceiptsAsync()).Count == 1, "the first version's receipt");

        await scenario.UploadAsync(Name, "second attempt, corrected");
        await Eventually.WaitUntilAsync(async () => (await scenario.BlobReceiptsAsync()).Count == 2, "the second version's receipt");
        await host.PassesAsync();

        Assert.Equal([Name, Name], scenario.Recorder.IngestedBlobs);
        Assert.Equal(2, await scenario.SubmissionCountAsync());
    }

    [Fact]
    public async Task Stopping_a_host_mid_batch_and_starting_another_loses_nothing_and_duplicates_nothing()
    {
        await using var scenario = await HostScenario.LocalAsync();
        var uploads = await scenario.UploadAsync(15);

        var first = scenario.StartHost(scenario.Options() with { MaxParallelBlobs = 2 });
        await Eventually.WaitUntilAsync(() => scenario.Recorder.IngestedBlobs.Count >= 3, "the first host to be under way");
        await first.StopAsync();
        var doneByFirst = (await scenario.BlobReceiptsAsync()).Count;
        var second = scenario.StartHost();
        await Eventually.WaitUntilAsync(async () => (await scenario.BlobReceiptsAsync()).Count == uploads.Count, "a receipt per upload");
        await second.PassesAsync();

        Assert.InRange(doneByFirst, 3, uploads.Count);
        Assert.Equal(uploads.Order(), scenario.Recorder.IngestedBlobs.Order());
        Assert.Equal(uploads.Count, await scenario.SubmissionCountAsync());
    }

    [Fact]
    public async Task Work_cut_off_by_a_hard_stop_is_done_by_the_next_host_without_duplicate_records()
    {
        await using var scenario = await HostScenario.LocalAsync();
        var uploads = await scenario.UploadAsync(12);

        var first = scenario.StartHost(scenario.Options() with { ShutdownTimeout = TimeSpan.Zero });
        await Eventually.WaitUntilAsync(() => scenario.Recorder.IngestedBlobs.Count >= 2, "the first host to be under way");
        await first.StopAsync();
        var second = scenario.StartHost();
        await Eventually.WaitUntilAsync(async () => (await scenario.BlobReceiptsAsync()).Count == uploads.Count, "a receipt per upload");
        await second.PassesAsync();

        Assert.Equal(uploads.Order(), scenario.Recorder.IngestedBlobs.Distinct().Order());
        Assert.Equal(uploads.Count, await scenario.SubmissionCountAsync());
    }

    [Fact]
    public async Task A_blob_claimed_by_a_host_that_died_is_taken_over_once_the_claim_expires()
    {
        await using var scenario = await HostScenario.LocalAsync();
        var blob = await scenario.UploadAsync(HostScenario.Round + "/adur/return.xlsx", "uploaded just before the other host died");
        var key = ReceiptNames.BlobKey(FunctionNames.IngestReturn, blob.ETag, blob.Name);
        await scenario.Blobs.CreateContainerIfNotExistsAsync(HostContainers.Receipts);
        Assert.NotNull(await scenario.Blobs.TryAcquireLeaseAsync(HostContainers.Receipts, ReceiptNames.Claim(key), TimeSpan.FromSeconds(15)));

        var host = scenario.StartHost();
        await host.PassesAsync(3);
        var whileClaimed = scenario.Recorder.IngestedBlobs.Count;
        scenario.Clock.Advance(TimeSpan.FromSeconds(16));
        await Eventually.WaitUntilAsync(async () => (await scenario.BlobReceiptsAsync()).Count == 1, "the receipt after the claim expired");

        Assert.Equal(0, whileClaimed);
        Assert.Equal([blob.Name], scenario.Recorder.IngestedBlobs);
    }

    [Fact]
    public async Task A_blob_whose_function_keeps_failing_is_retried_then_recorded_as_poison()
    {
        await using var scenario = await HostScenario.LocalAsync();
        // The handler's storage is down: every invocation is a 500.
        var unreachable = Ukspf.Storage.Azure.AzureStorage.FromConnectionString(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + Ukspf.Storage.Azure.StorageConnectionString.DevelopmentAccountKey +
            ";BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1",
            new Ukspf.Storage.Azure.AzureStorageClientOptions { Retry = { MaxRetries = 0 } });
        await using var broken = await Hosting.RunningHandler.StartAsync(unreachable.Blobs, unreachable.Tables);
        var blob = await scenario.UploadAsync(HostScenario.Round + "/adur/return.xlsx", "a return that cannot be stored");

        var host = scenario.StartHost(scenario.Options(broken.BaseAddress));
        await Eventually.WaitUntilAsync(async () => (await scenario.ListAsync(HostContainers.Poison, "")).Count == 1, "the poison record");
        await host.PassesAsync(3);

        var poison = await ReadPoisonAsync(scenario, ReceiptNames.Poison(FunctionNames.IngestReturn, blob.ETag, blob.Name));
        Assert.Equal(5, scenario.Recorder.Of(FunctionNames.IngestReturn).Count);
        Assert.All(scenario.Recorder.Of(FunctionNames.IngestReturn), i => Assert.Equal(500, i.Status));
        Assert.Equal(new { Function = "IngestReturn", Container = "returns-inbox", Blob = blob.Name, Attempts = 5 },
            new { Function = poison.FunctionId, Container = poison.ContainerName, Blob = poison.BlobName, Attempts = poison.Attempts });
        Assert.Contains("IngestReturn failed", poison.Error, StringComparison.Ordinal);
        var receipt = Assert.Single(await scenario.BlobReceiptsAsync());
        Assert.Equal("poisoned", receipt.Metadata["outcome"]);
    }

    [Fact]
    public async Task A_payload_the_handler_refuses_is_recorded_as_poison_without_retrying()
    {
        await using var scenario = await HostScenario.LocalAsync();
        await scenario.UploadAsync(HostScenario.Round + "/adur/return.xlsx", "any content");

        // A handler address under which no function route exists answers 404 to every invocation.
        var host = scenario.StartHost(scenario.Options(new Uri(scenario.Handler.BaseAddress, "no/such/prefix/")));
        await Eventually.WaitUntilAsync(async () => (await scenario.ListAsync(HostContainers.Poison, "")).Count == 1, "the poison record");
        await host.PassesAsync(3);

        var invocation = Assert.Single(scenario.Recorder.Invocations);
        Assert.Equal(404, invocation.Status);
    }

    [Fact]
    public async Task Ignores_blobs_outside_the_trigger_path()
    {
        await using var scenario = await HostScenario.LocalAsync();
        await scenario.UploadAsync("readme.txt", "not in a round or council folder");
        await scenario.UploadAsync(HostScenario.Round + "/adur/return.xlsx", "in its folder");

        var host = scenario.StartHost();
        await Eventually.WaitUntilAsync(async () => (await scenario.BlobReceiptsAsync()).Count == 1, "the receipt");
        await host.PassesAsync();

        Assert.Equal([HostScenario.Round + "/adur/return.xlsx"], scenario.Recorder.IngestedBlobs);
    }

    private static async Task<PoisonRecord> ReadPoisonAsync(HostScenario scenario, string name)
    {
        await using var download = await scenario.Blobs.DownloadAsync(HostContainers.Poison, name);
        return (await JsonSerializer.DeserializeAsync<PoisonRecord>(download!.Content))!;
    }
}
