using System.Text;
using Azure.Storage.Blobs.Specialized;
using Ukspf.Application;
using Ukspf.Domain.Submissions;
using Xunit;
using Xunit.Abstractions;

namespace Ukspf.Cli.Tests.Serve;

/// <summary>The blob trigger of a real <c>ukspf serve</c> on an Azurite of each test's own.</summary>
[Collection(ServeCollection.Name)]
public sealed class ServeIngestTests(ITestOutputHelper output)
{
    private const string Round = ServeScenario.Round;

    [Fact]
    public async Task An_upload_is_ingested_within_seconds_with_its_submission_and_feedback_stored()
    {
        await using var scenario = await ServeScenario.StartAsync();
        var serve = scenario.StartServe();
        await serve.WaitUntilServingAsync();
        var content = await scenario.ValidReturnAsync("adur", seed: 1);

        var uploadedAt = serve.Elapsed;
        var upload = await scenario.UploadAsync("adur", "adur-return.xlsx", content);
        await serve.WaitForLineAsync(upload.IsProcessedLine, "the upload to be ingested");
        var took = serve.ArrivalOf(upload.IsProcessedLine)!.Value - uploadedAt;
        output.WriteLine($"Upload to ingested: {took.TotalSeconds:0.00} s");

        var submission = Assert.Single(await scenario.SubmissionsAsync());
        Assert.Equal((upload.SubmissionId, "E07000223", SubmissionStatus.Accepted), (submission.SubmissionId, submission.LlaCode, submission.Status));
        Assert.True(await scenario.Container(StorageNames.FeedbackContainer).GetBlobClient($"{Round}/E07000223/{upload.SubmissionId}-feedback.xlsx").ExistsAsync());
        Assert.True(await scenario.Container(StorageNames.ArchiveContainer).GetBlobClient($"{Round}/E07000223/{upload.SubmissionId}.xlsx").ExistsAsync());
        Assert.InRange(took, TimeSpan.Zero, TimeSpan.FromSeconds(15));
        Assert.Equal(0, await serve.StopAsync());
    }

    [Fact]
    public async Task Serve_on_an_empty_storage_account_creates_the_inbox_before_listening_and_ingests_the_first_upload()
    {
        await using var scenario = await ServeScenario.StartAsync(openRound: false);
        var serve = scenario.StartServe();
        await serve.WaitUntilServingAsync();

        Assert.True(await scenario.Container(StorageNames.InboxContainer).ExistsAsync());
        var upload = await scenario.UploadAsync("adur", "notes.xlsx", Encoding.UTF8.GetBytes("Our notes, not the return."));
        await serve.WaitForLineAsync(upload.IsProcessedLine, "the first upload to be ingested");
        Assert.Equal(0, await serve.StopAsync());

        var rejected = Assert.Single(await scenario.SubmissionsAsync());
        Assert.Equal((upload.SubmissionId, SubmissionStatus.Rejected), (rejected.SubmissionId, rejected.Status));
    }

    [Fact]
    public async Task The_same_bytes_uploaded_again_as_a_new_version_change_nothing()
    {
        await using var scenario = await ServeScenario.StartAsync();
        var serve = scenario.StartServe();
        var content = await scenario.ValidReturnAsync("adur", seed: 1);
        var first = await scenario.UploadAsync("adur", "adur-return.xlsx", content);
        await serve.WaitForLineAsync(first.IsProcessedLine, "the first version to be ingested");
        var feedback = scenario.Container(StorageNames.FeedbackContainer).GetBlobClient($"{Round}/E07000223/{first.SubmissionId}-feedback.xlsx");
        var feedbackBefore = (await feedback.GetPropertiesAsync()).Value.ETag;

        var again = await scenario.UploadAsync("adur", "adur-return.xlsx", content);
        await serve.WaitForLineAsync(l => l.Contains($"returns-inbox/{again.BlobName}: already processed as submission {first.SubmissionId}", StringComparison.Ordinal),
            "the new version to be run");

        Assert.NotEqual(first.ETag, again.ETag);
        Assert.Equal(first.SubmissionId, again.SubmissionId);
        var submission = Assert.Single(await scenario.SubmissionsAsync());
        Assert.Equal((first.SubmissionId, SubmissionStatus.Accepted), (submission.SubmissionId, submission.Status));
        Assert.Equal(feedbackBefore, (await feedback.GetPropertiesAsync()).Value.ETag);
        Assert.Equal(1, serve.Count(first.IsProcessedLine));
        Assert.Equal(0, await serve.StopAsync());
    }

    [Fact]
    public async Task An_upload_whose_storage_keeps_failing_goes_to_the_poison_queue_after_five_tries_while_a_corrupt_one_is_rejected()
    {
        await using var scenario = await ServeScenario.StartAsync();
        var content = await scenario.ValidReturnAsync("arun", seed: 2);
        // The feedback workbook this upload must write is held under a lease that never ends: every try fails in storage.
        var held = scenario.Container(StorageNames.FeedbackContainer).GetBlobClient($"{Round}/E07000224/{ServeScenario.SubmissionIdOf(content)}-feedback.xlsx");
        await held.UploadAsync(BinaryData.FromString("held by another writer"));
        await held.GetBlobLeaseClient().AcquireAsync(BlobLeaseClient.InfiniteLeaseDuration);
        var blocked = await scenario.UploadAsync("arun", "arun-return.xlsx", content);
        var corrupt = await scenario.UploadAsync("ashford", "ashford-return.xlsx", Encoding.UTF8.GetBytes("Minutes of the meeting, saved under the return's name."));

        var serve = scenario.StartServe();
        await Eventually.WaitUntilAsync(async () => await scenario.MessageCountAsync(ServeScenario.PoisonQueue) > 0, "a poison message", scenario.Output);
        await serve.WaitForLineAsync(corrupt.IsProcessedLine, "the corrupt upload to be rejected");
        await Eventually.WaitUntilAsync(() => serve.Count(IsFailedTry(blocked)) == 5, "the fifth failed try to be logged", scenario.Output);

        var poison = Assert.Single((await scenario.Queues.GetQueueClient(ServeScenario.PoisonQueue).PeekMessagesAsync(10)).Value);
        var message = PoisonMessage.Read(poison.Body);
        Assert.Equal((StorageNames.InboxContainer, blocked.BlobName), (message.ContainerName, message.BlobName));
        // Every try ends in a record: the blocked upload's says Failed, with a reason that is not the council's fault.
        var submissions = await scenario.SubmissionsAsync();
        var failed = Assert.Single(submissions, s => s.SubmissionId == blocked.SubmissionId);
        Assert.Equal(SubmissionStatus.Failed, failed.Status);
        Assert.Contains("on our side", failed.Reason);
        var rejected = Assert.Single(submissions, s => s.SubmissionId == corrupt.SubmissionId);
        Assert.Equal((corrupt.SubmissionId, "E07000105", SubmissionStatus.Rejected), (rejected.SubmissionId, rejected.LlaCode, rejected.Status));
        Assert.Contains("not an Excel workbook", rejected.Reason);
        Assert.Contains(serve.Lines, l => corrupt.IsProcessedLine(l) && l.Contains("not an Excel workbook", StringComparison.Ordinal));
        Assert.Equal(0, serve.Count(IsFailedTry(corrupt)));
        Assert.Equal(0, await serve.StopAsync());
        Assert.Equal(5, serve.Count(IsFailedTry(blocked)));
    }

    private static Func<string, bool> IsFailedTry(Upload upload) =>
        line => line.Contains($"returns-inbox/{upload.BlobName}: failed", StringComparison.Ordinal);
}
