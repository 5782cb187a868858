using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Ukspf.Application;
using Ukspf.Application.Ingest;
using Ukspf.Application.Submissions;
using Ukspf.Application.Tests.Pipeline;
using Ukspf.Domain.Submissions;
using Ukspf.Functions.Ingest;
using Ukspf.Functions.Tests.Worker;
using Ukspf.Storage;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Local;
using Xunit;

namespace Ukspf.Functions.Tests.Functions;

public sealed class IngestReturnFunctionTests : IDisposable
{
    private readonly PipelineHarness _pipeline = PipelineHarness.StartAsync().GetAwaiter().GetResult();

    [Fact]
    public async Task Ingests_the_upload_under_the_round_and_council_of_its_path()
    {
        var upload = await _pipeline.FillAsync(_pipeline.ValidReturnOf(PipelineHarness.Adur));

        await Function(_pipeline.Get<IngestReturn>()).RunAsync(new MemoryStream(upload), PipelineHarness.RoundText, "adur", "q3-return.xlsx", Context());

        var submission = Assert.Single(await _pipeline.SubmissionsAsync("E07000223"));
        Assert.Equal(SubmissionStatus.Accepted, submission.Summary.Status);
        Assert.Equal("q3-return.xlsx", submission.Summary.FileName);
        Assert.Equal($"{PipelineHarness.RoundText}/adur/q3-return.xlsx", submission.InboxName);
        Assert.NotNull(await _pipeline.BlobAsync(StorageNames.FeedbackContainer, submission.FeedbackBlob));
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_a_rejected_submission_not_a_failure_the_host_would_retry()
    {
        await Function(_pipeline.Get<IngestReturn>()).RunAsync(new MemoryStream("not a workbook"u8.ToArray()), PipelineHarness.RoundText, "arun", "return.xlsx", Context());

        var submission = Assert.Single(await _pipeline.SubmissionsAsync("E07000224"));
        Assert.Equal(SubmissionStatus.Rejected, submission.Summary.Status);
        Assert.False(string.IsNullOrWhiteSpace(submission.Summary.Reason));
    }

    [Fact]
    public async Task A_storage_failure_propagates_so_the_host_retries_the_blob_and_then_poisons_it()
    {
        var folder = Directory.CreateTempSubdirectory("ukspf-failing-").FullName;
        try
        {
            using var store = LocalStore.Open(folder);
            await using var services = new ServiceCollection()
                .AddUkspfPipeline(new FeedbackWritesFail(store.Blobs), store.Tables)
                .BuildServiceProvider();
            var upload = await _pipeline.FillAsync(_pipeline.ValidReturnOf(PipelineHarness.Adur));

            var failure = await Assert.ThrowsAsync<StorageException>(() =>
                Function(services.GetRequiredService<IngestReturn>()).RunAsync(new MemoryStream(upload), PipelineHarness.RoundText, "adur", "return.xlsx", Context()));

            Assert.Equal(503, failure.Status);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("../..", "adur", "return.xlsx")]
    [InlineData(PipelineHarness.RoundText, "adur/../breckland", "return.xlsx")]
    [InlineData(PipelineHarness.RoundText, "ad\u0001ur", "return.xlsx")]
    [InlineData(PipelineHarness.RoundText, "adur", "../breckland/return.xlsx")]
    [InlineData(PipelineHarness.RoundText, "adur", "return\uFFFF.xlsx")]
    public async Task An_upload_whose_path_is_not_a_usable_name_is_refused_and_recorded_not_thrown_for_the_host_to_retry(string round, string lla, string name)
    {
        var upload = await _pipeline.FillAsync(_pipeline.ValidReturnOf(PipelineHarness.Adur));

        await Function(_pipeline.Get<IngestReturn>()).RunAsync(new MemoryStream(upload), round, lla, name, Context());

        var repository = _pipeline.Get<SubmissionRepository>();
        var statuses = (await repository.ListAllAsync()).Select(s => s.Summary.Status)
            .Concat((await repository.ListUnroutableAsync()).Select(u => u.Status));
        Assert.Equal([SubmissionStatus.Rejected], statuses);
    }

    [Theory]
    [InlineData("{\"ETag\":\"\\\"0x8DC1\\\"\",\"Length\":10}", "\"0x8DC1\"")]
    [InlineData("{\"Length\":10}", null)]
    [InlineData("not json", null)]
    public void Reads_the_blob_version_from_the_trigger_properties_when_the_host_gives_one(string properties, string? expected)
    {
        Assert.Equal(expected, TriggerMetadata.Of(Context(("Properties", properties))).ETag);
    }

    [Theory]
    [InlineData("{\"LastModified\":\"2026-01-10T08:00:05+00:00\",\"CreatedOn\":\"2026-01-09T17:00:00+00:00\"}", "2026-01-10T08:00:05+00:00")]
    [InlineData("{\"CreatedOn\":\"2026-01-09T17:00:00+00:00\"}", "2026-01-09T17:00:00+00:00")]
    [InlineData("{\"LastModified\":\"0001-01-01T00:00:00+00:00\"}", null)]
    [InlineData("{\"LastModified\":12}", null)]
    [InlineData("not json", null)]
    public void Reads_when_the_blob_landed_from_the_trigger_properties_when_the_host_gives_it(string properties, string? expected)
    {
        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            TriggerMetadata.Of(Context(("Properties", properties))).ReceivedAt);
    }

    [Fact]
    public async Task Records_the_return_as_received_when_the_blob_landed_not_when_it_was_processed()
    {
        var upload = await _pipeline.FillAsync(_pipeline.ValidReturnOf(PipelineHarness.Adur));
        var landed = new DateTimeOffset(2026, 1, 10, 8, 0, 5, TimeSpan.Zero);

        await Function(_pipeline.Get<IngestReturn>()).RunAsync(new MemoryStream(upload), PipelineHarness.RoundText, "adur", "q3-return.xlsx",
            Context(("Properties", "{\"LastModified\":\"2026-01-10T08:00:05+00:00\"}")));

        var submission = Assert.Single(await _pipeline.SubmissionsAsync("E07000223"));
        Assert.Equal(landed, submission.Summary.ReceivedAt);
    }

    [Fact]
    public void Triggers_on_the_inbox_through_event_grid_as_flex_consumption_requires()
    {
        Assert.Equal("returns-inbox/{round}/{lla}/{name}", IngestReturnFunction.InboxPath);
        Assert.Equal(Microsoft.Azure.Functions.Worker.BlobTriggerSource.EventGrid, IngestReturnFunction.InboxSource);
    }

    public void Dispose() => _pipeline.Dispose();

    private static IngestReturnFunction Function(IngestReturn ingest) => new(ingest, NullLogger<IngestReturnFunction>.Instance);

    private static FakeFunctionContext Context(params (string Key, object? Value)[] data) =>
        new(data.ToDictionary(d => d.Key, d => d.Value));

    /// <summary>A blob store whose feedback container is unavailable, as a storage outage would leave it.</summary>
    private sealed class FeedbackWritesFail(IBlobStore inner) : IBlobStore
    {
        public Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default) => inner.CreateContainerIfNotExistsAsync(container, cancellationToken);

        public Task<BlobProperties> UploadAsync(string container, string name, Stream content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default) =>
            container == StorageNames.FeedbackContainer
                ? throw new StorageException(503, "ServerBusy", "The feedback container is unavailable.")
                : inner.UploadAsync(container, name, content, options, cancellationToken);

        public Task<BlobProperties> WriteAsync(string container, string name, Func<Stream, CancellationToken, Task> write, BlobUploadOptions? options = null, CancellationToken cancellationToken = default) =>
            container == StorageNames.FeedbackContainer
                ? throw new StorageException(503, "ServerBusy", "The feedback container is unavailable.")
                : inner.WriteAsync(container, name, write, options, cancellationToken);

        public Task<BlobDownload?> DownloadAsync(string container, string name, CancellationToken cancellationToken = default) => inner.DownloadAsync(container, name, cancellationToken);

        public Task<BlobProperties?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken = default) => inner.GetPropertiesAsync(container, name, cancellationToken);

        public IAsyncEnumerable<BlobProperties> ListAsync(string container, string? prefix = null, CancellationToken cancellationToken = default) => inner.ListAsync(container, prefix, cancellationToken);

        public Task<bool> DeleteAsync(string container, string name, string? ifMatch = null, CancellationToken cancellationToken = default) => inner.DeleteAsync(container, name, ifMatch, cancellationToken);
    }
}
