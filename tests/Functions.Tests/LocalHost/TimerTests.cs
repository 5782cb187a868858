using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Functions.LocalHost;
using Xunit;

namespace Ukspf.Functions.Tests.LocalHost;

public class TimerTests
{
    private static readonly DateTimeOffset BeforeTwo = new(2025, 10, 1, 1, 59, 50, TimeSpan.Zero);

    [Fact]
    public async Task Two_hosts_run_each_occurrence_of_the_nightly_timer_once()
    {
        await using var scenario = await HostScenario.LocalAsync(BeforeTwo);
        var first = scenario.StartHost();
        var second = scenario.StartHost();
        await first.PassesAsync();
        await second.PassesAsync();

        scenario.Clock.Set(BeforeTwo.AddSeconds(11));
        await Eventually.WaitUntilAsync(() => scenario.Recorder.Of(FunctionNames.ReconcileRound).Count == 1, "the first night's run");
        await first.PassesAsync();
        await second.PassesAsync();
        scenario.Clock.Set(BeforeTwo.AddDays(1).AddSeconds(11));
        await Eventually.WaitUntilAsync(() => scenario.Recorder.Of(FunctionNames.ReconcileRound).Count == 2, "the second night's run");
        await first.PassesAsync();
        await second.PassesAsync();

        var runs = scenario.Recorder.Of(FunctionNames.ReconcileRound);
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.True(r.Succeeded && !r.IsPastDue));
        var receipts = await scenario.ListAsync(HostContainers.Receipts, ReceiptNames.Receipt("timers/"));
        Assert.Equal(
            [ReceiptNames.Receipt(ReceiptNames.TimerKey(FunctionNames.ReconcileRound, BeforeTwo.AddSeconds(10))),
             ReceiptNames.Receipt(ReceiptNames.TimerKey(FunctionNames.ReconcileRound, BeforeTwo.AddDays(1).AddSeconds(10)))],
            receipts.Select(r => r.Name));
    }

    [Fact]
    public async Task An_occurrence_missed_while_no_host_ran_is_run_once_at_start_marked_past_due()
    {
        await using var scenario = await HostScenario.LocalAsync(BeforeTwo);
        var first = scenario.StartHost();
        await first.PassesAsync();
        await first.StopAsync();

        scenario.Clock.Set(BeforeTwo.AddHours(7));
        var second = scenario.StartHost();
        await Eventually.WaitUntilAsync(() => scenario.Recorder.Of(FunctionNames.ReconcileRound).Count == 1, "the missed run");
        await second.PassesAsync(3);

        var run = Assert.Single(scenario.Recorder.Of(FunctionNames.ReconcileRound));
        Assert.True(run.IsPastDue);
        Assert.True(run.Succeeded);
    }

    [Fact]
    public async Task Does_not_run_a_timer_before_its_first_occurrence()
    {
        await using var scenario = await HostScenario.LocalAsync(BeforeTwo);

        var host = scenario.StartHost();
        await host.PassesAsync(3);

        Assert.Empty(scenario.Recorder.Of(FunctionNames.ReconcileRound));
    }

    [Fact]
    public async Task A_malformed_schedule_setting_stops_the_host_with_the_reason()
    {
        await using var scenario = await HostScenario.LocalAsync(BeforeTwo);
        var options = scenario.Options() with { Settings = _ => "every night at two" };

        var error = await Assert.ThrowsAsync<FormatException>(() => new LocalTriggerHost(scenario.Blobs, options).RunAsync(CancellationToken.None));

        Assert.Contains("fields", error.Message, StringComparison.Ordinal);
    }
}
