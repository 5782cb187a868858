using Microsoft.Extensions.Logging.Abstractions;
using Ukspf.Cli.Serve;
using Xunit;
using ScheduleStatus = Microsoft.Azure.WebJobs.Extensions.Timers.ScheduleStatus;

namespace Ukspf.Cli.Tests.Serve;

/// <summary>The timer trigger of a real <c>ukspf serve</c>, its status kept by <see cref="BlobScheduleMonitor"/>.</summary>
[Collection(ServeCollection.Name)]
public sealed class ServeTimerTests
{
    private static readonly string TimerName = $"{typeof(ReconcileJob).FullName}.{nameof(ReconcileJob.RunAsync)}";

    [Fact]
    public async Task An_occurrence_missed_while_no_host_ran_is_run_once_when_a_host_starts_marked_past_due()
    {
        await using var scenario = await ServeScenario.StartAsync();
        // Once a day, soon: the first host stops before it, the second starts after it. The margin is for a slow start
        // on a busy machine (10 s measured with other builds running).
        var now = DateTime.Now;
        var at = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, DateTimeKind.Local).AddSeconds(25);
        var daily = new Dictionary<string, string> { ["ReconcileSchedule"] = $"{at.Second} {at.Minute} {at.Hour} * * *" };
        var monitor = new BlobScheduleMonitor(scenario.Container(BlobScheduleMonitor.HostsContainer), ServeScenario.HostId, NullLogger<BlobScheduleMonitor>.Instance);

        var first = scenario.StartServe("first", daily);
        await Eventually.WaitUntilAsync(async () => (await monitor.GetStatusAsync(TimerName))?.Next == at, "the first host to record the next occurrence", scenario.Output);
        Assert.Equal(0, await first.StopAsync());
        Assert.True(DateTime.Now < at, $"The first host was to stop before {at:T}; it stopped at {DateTime.Now:T}.");
        await Eventually.WaitUntilAsync(() => DateTime.Now > at.AddSeconds(1), "the occurrence to pass with no host running");
        var second = scenario.StartServe("second", daily);
        await second.WaitForLineAsync(ReconcileLines.IsReconciled, "the missed occurrence to run");
        // The SDK records the run once the function has returned, just after the line is logged.
        await Eventually.WaitUntilAsync(async () => await monitor.GetStatusAsync(TimerName) is { } recorded && recorded.Last >= at, "the run to be recorded",
            scenario.Output);
        var status = await monitor.GetStatusAsync(TimerName);
        Assert.Equal(0, await second.StopAsync());

        Assert.DoesNotContain(first.Lines, ReconcileLines.IsReconciled);
        var run = Assert.Single(second.Lines, ReconcileLines.IsReconciled);
        Assert.Equal($"{ReconcileLines.Utc(at)}, past due", ReconcileLines.Occurrence(run));
        Assert.NotNull(status);
        Assert.InRange(status.Last, at, DateTime.Now);
        Assert.Equal(at.AddDays(1), status.Next);
    }

    [Fact]
    public async Task A_host_starting_with_no_status_records_the_next_occurrence_and_runs_nothing()
    {
        await using var scenario = await ServeScenario.StartAsync();
        var serve = scenario.StartServe();
        await serve.WaitUntilServingAsync();
        var blob = scenario.Container(BlobScheduleMonitor.HostsContainer).GetBlobClient(BlobScheduleMonitor.StatusBlobName(ServeScenario.HostId, TimerName));
        await Eventually.WaitUntilAsync(async () => (await blob.ExistsAsync()).Value, "the status blob", scenario.Output);
        var status = (await blob.DownloadContentAsync()).Value.Content.ToObjectFromJson<ScheduleStatus>();
        Assert.Equal(0, await serve.StopAsync());

        var next = DateTime.Today.AddHours(2);
        Assert.Equal(DateTime.Now < next ? next : next.AddDays(1), status!.Next);
        Assert.Equal(default, status.Last);
        Assert.DoesNotContain(serve.Lines, ReconcileLines.IsReconciled);
    }
}
