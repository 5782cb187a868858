using Xunit;
using Xunit.Abstractions;

namespace Ukspf.Cli.Tests.Serve;

/// <summary>A <c>ukspf serve</c> killed outright part way through a batch, and started again.</summary>
[Collection(ServeCollection.Name)]
public sealed class HardStopTests(ITestOutputHelper output)
{
    private const int Uploads = 12;

    [Fact]
    public async Task A_host_killed_mid_batch_and_started_again_loses_nothing_and_duplicates_nothing()
    {
        await using var scenario = await ServeScenario.StartAsync();
        var uploads = new List<Upload>();
        for (var i = 0; i < Uploads; i++)
        {
            var lla = ServeScenario.Councils[i % ServeScenario.Councils.Count];
            uploads.Add(await scenario.UploadAsync(lla, $"{lla}-return-{i:D2}.xlsx", await scenario.ValidReturnAsync(lla, seed: 100 + i)));
        }

        // One at a time, so that the killed host has at most one upload in hand.
        var first = scenario.StartServe("first", null, "--parallel", "1");
        await Eventually.WaitUntilAsync(() => uploads.Count(u => first.Count(u.IsProcessedLine) > 0) >= 3, "the first host to be under way", scenario.Output);
        await first.KillHardAsync();
        var doneByFirst = uploads.Where(u => first.Count(u.IsProcessedLine) > 0).ToList();
        var again = scenario.StartServe("started again");
        // The first host may have ingested all but one before it was killed, so that the wait below ends at once: the
        // restarted host must be up (its stop handler registered) before it is asked to stop.
        await again.WaitUntilServingAsync();
        await Eventually.WaitUntilAsync(
            async () => Missing(uploads, await scenario.SubmissionsAsync()).Count <= 1 && await scenario.MessageCountAsync(ServeScenario.TriggerQueue) <= 1,
            "all but the killed host's upload in hand to be ingested", scenario.Output);
        Assert.Equal(0, await again.StopAsync());

        var submissions = await scenario.SubmissionsAsync();
        var missing = Missing(uploads, submissions);
        var queued = await scenario.MessageCountAsync(ServeScenario.TriggerQueue);
        output.WriteLine($"{doneByFirst.Count} ingested before the kill, {uploads.Count(u => again.Count(u.IsProcessedLine) > 0)} after the restart; " +
                         $"{missing.Count} not yet, {queued} message(s) left on {ServeScenario.TriggerQueue}.");
        // Nothing lost: what has no submission yet still has its message on the trigger queue (the one the killed host
        // held comes back when its 10-minute visibility timeout runs out).
        Assert.InRange(queued, missing.Count, 1);
        // Nothing duplicated: one submission per upload, none ingested twice, and the restarted host redid nothing.
        Assert.Equal(submissions.Count, submissions.Select(s => s.SubmissionId).Distinct().Count());
        Assert.Subset(uploads.Select(u => u.SubmissionId).ToHashSet(), submissions.Select(s => s.SubmissionId).ToHashSet());
        Assert.All(uploads, u => Assert.InRange(first.Count(u.IsProcessedLine) + again.Count(u.IsProcessedLine), 0, 1));
        Assert.DoesNotContain(again.Lines, l => l.Contains("already processed", StringComparison.Ordinal));
        Assert.All(doneByFirst, u => Assert.Contains(submissions, s => s.SubmissionId == u.SubmissionId));
    }

    private static List<Upload> Missing(IEnumerable<Upload> uploads, IReadOnlyList<Ukspf.Domain.Submissions.SubmissionSummary> submissions) =>
        uploads.Where(u => submissions.All(s => s.SubmissionId != u.SubmissionId)).ToList();
}
