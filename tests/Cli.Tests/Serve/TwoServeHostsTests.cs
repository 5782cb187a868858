using Xunit;
using Xunit.Abstractions;

namespace Ukspf.Cli.Tests.Serve;

/// <summary>Two <c>ukspf serve</c> processes on one storage account and one host id, as two instances of the app would be.</summary>
[Collection(ServeCollection.Name)]
public sealed class TwoServeHostsTests(ITestOutputHelper output)
{
    private const int Uploads = 30;
    private static readonly Dictionary<string, string> EveryFiveSeconds = new() { ["ReconcileSchedule"] = "*/5 * * * * *" };

    [Fact]
    public async Task Two_hosts_ingest_every_upload_exactly_once_and_run_each_timer_occurrence_once()
    {
        await using var scenario = await ServeScenario.StartAsync();
        var contents = new List<(string Lla, int Seed, byte[] Content)>();
        for (var i = 0; i < Uploads; i++)
        {
            var lla = ServeScenario.Councils[i % ServeScenario.Councils.Count];
            contents.Add((lla, i, await scenario.ValidReturnAsync(lla, seed: i)));
        }
        Assert.Equal(Uploads, contents.Select(c => ServeScenario.SubmissionIdOf(c.Content)).Distinct().Count());
        ServeProcess[] hosts = [scenario.StartServe("first", EveryFiveSeconds), scenario.StartServe("second", EveryFiveSeconds)];
        foreach (var host in hosts) await host.WaitUntilServingAsync();

        var uploads = new List<Upload>();
        foreach (var (lla, seed, content) in contents) uploads.Add(await scenario.UploadAsync(lla, $"{lla}-return-{seed:D2}.xlsx", content));
        await Eventually.WaitUntilAsync(() => uploads.All(u => hosts.Any(h => h.Count(u.IsProcessedLine) > 0)), "every upload to be ingested",
            scenario.Output, TimeSpan.FromSeconds(120));
        await Eventually.WaitUntilAsync(() => Runs(hosts).Select(ReconcileLines.Occurrence).Distinct().Count() >= 3, "three timer occurrences", scenario.Output);
        foreach (var host in hosts) Assert.Equal(0, await host.StopAsync());

        Assert.All(uploads, u => Assert.Equal(1, hosts.Sum(h => h.Count(u.IsProcessedLine))));
        Assert.DoesNotContain(hosts.SelectMany(h => h.Lines), l => l.Contains("already processed", StringComparison.Ordinal));
        Assert.Equal(uploads.Select(u => u.SubmissionId).Order(), (await scenario.SubmissionsAsync()).Select(s => s.SubmissionId).Order());
        var occurrences = Runs(hosts).Select(ReconcileLines.Occurrence).ToList();
        Assert.Equal(occurrences.Distinct().Count(), occurrences.Count);
        output.WriteLine($"Uploads ingested by each host: {string.Join(", ", hosts.Select(h => $"{h.Name} {uploads.Count(u => h.Count(u.IsProcessedLine) > 0)}"))}; " +
                         $"timer occurrences run by each: {string.Join(", ", hosts.Select(h => $"{h.Name} {h.Count(ReconcileLines.IsReconciled)}"))}.");
    }

    private static IEnumerable<string> Runs(IEnumerable<ServeProcess> hosts) => hosts.SelectMany(h => h.Lines).Where(ReconcileLines.IsReconciled);
}
