using Ukspf.Functions.Hosting.Metadata;
using Xunit;

namespace Ukspf.Functions.Tests.LocalHost;

/// <summary>
/// What two trigger hosts sharing one store must guarantee whatever the store is: every upload processed exactly
/// once, every timer occurrence run once. Each store runs these through a class of its own.
/// </summary>
public abstract class TwoHostGuarantees
{
    private static readonly DateTimeOffset BeforeTwo = new(2025, 10, 1, 1, 59, 50, TimeSpan.Zero);

    /// <summary>How many uploads the hosts share out; fewer where every storage call is a network round trip.</summary>
    protected abstract int UploadCount { get; }

    [Fact]
    public async Task Two_hosts_process_every_upload_exactly_once()
    {
        await using var scenario = await ScenarioAsync(BeforeTwo);
        var uploads = await scenario.UploadAsync(UploadCount);

        var first = scenario.StartHost();
        var second = scenario.StartHost();
        await Eventually.WaitUntilAsync(async () => (await scenario.BlobReceiptsAsync()).Count == uploads.Count, "a receipt per upload");
        await first.PassesAsync();
        await second.PassesAsync();

        Assert.Equal(uploads.Order(), scenario.Recorder.IngestedBlobs.Order());
        Assert.Equal(uploads.Count, await scenario.SubmissionCountAsync());
    }

    [Fact]
    public async Task Two_hosts_run_a_timer_occurrence_once()
    {
        await using var scenario = await ScenarioAsync(BeforeTwo);
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

    /// <summary>A scenario on the store under test, its clock at <paramref name="now"/>.</summary>
    private protected abstract Task<HostScenario> ScenarioAsync(DateTimeOffset now);
}
