using System.Globalization;
using Ukspf.Bench.Harness;
using Ukspf.Bench.Report;
using Ukspf.Bench.Workloads;

namespace Ukspf.Bench.Ingesting;

/// <summary>
/// Workload 2: a whole round ingested end to end on the embedded store (archive, read, validate, store, feedback
/// workbook), one return after another, in child processes: one per round size for its peak memory, the full round
/// repeated for its time, and fresh processes ingesting a single return for the cold start.
/// </summary>
public static class IngestWorkload
{
    public const string PerReturn = "ours: ingest one return";
    public const string WholeRound = "ours: whole round";
    public const string FirstReturn = "ours: first return in a fresh process";
    public const string OpenRound = "ours: open the round (write every template)";

    public static async Task<WorkloadResult> RunAsync(BenchOptions options, Action<string> log)
    {
        int[] sizes = options.Smoke ? [2, 4, 8] : [50, 100, 250];
        var full = sizes[^1];
        var folder = Path.Combine(options.Work, "w2");
        var kit = await RoundKit.CreateAsync(folder, full, log);
        var runStore = Path.Combine(folder, "run");
        log("w2: timing an ingest's steps");
        var profile = await IngestProfile.RunAsync(kit, Path.Combine(folder, "profile"), Math.Min(20, full - 1));

        var bySize = new Dictionary<int, List<IngestRun.Outcome>>();
        void Round(int size)
        {
            BenchStore.Copy(kit.StoreFolder, runStore);
            var (_, output) = ChildProcess.RunTimed(ChildProcess.Self("ingest", runStore, kit.ReturnsFolder, size.ToString(CultureInfo.InvariantCulture)));
            var outcome = IngestRun.Parse(output);
            if (!bySize.TryGetValue(size, out var list)) bySize[size] = list = [];
            list.Add(outcome);
            log($"  round of {size}: {outcome.Seconds.Sum():0.0} s ingesting, {outcome.Accepted} accepted, {outcome.Rejected} rejected, peak RSS {Format.Megabytes(outcome.PeakRssBytes ?? 0)}");
        }
        foreach (var size in sizes) Round(size);
        var rounds = RunBudget.Runs(bySize[full][0].Seconds.Sum(), options.Runs);
        for (var i = 1; i < rounds; i++) Round(full);

        log("w2: cold runs");
        var cold = ColdRunner.Run(
            [new ColdCommand(FirstReturn, () => ChildProcess.Self("ingest", runStore, kit.ReturnsFolder, "1"), () => BenchStore.Copy(kit.StoreFolder, runStore))],
            1, options.ColdRuns, log);

        var fullRuns = bySize[full];
        var figures = new List<Figure>
        {
            new(PerReturn, "warm", new Samples(fullRuns.SelectMany(o => o.Seconds.Skip(1))), fullRuns[0].Accepted, $"every return but each run's first, {fullRuns.Count} rounds of {full}",
                Interleaved.Median(fullRuns.SelectMany(o => o.AllocatedBytes.Skip(1)).ToList())),
            new(WholeRound, $"{full} returns", new Samples(fullRuns.Select(o => o.Seconds.Sum())), fullRuns[0].Accepted, "sum of the ingests"),
            Figure.From(FirstReturn, "cold", cold[FirstReturn], "start-up, one ingest, exit"),
            new(OpenRound, $"{full} templates", new Samples([kit.OpenRoundSeconds]), full, "setup, one run"),
        };

        var smallest = bySize[sizes[0]].Select(o => o.PeakRssBytes ?? 0).Max();
        var largest = bySize[full].Select(o => o.PeakRssBytes ?? 0).Order().ElementAt(bySize[full].Count / 2);
        var liveSmallest = bySize[sizes[0]].Select(o => o.LiveHeapBytes).Max();
        var liveLargest = bySize[full].Select(o => o.LiveHeapBytes).Order().ElementAt(bySize[full].Count / 2);
        var perReturn = (largest - smallest) / (double)(full - sizes[0]);
        var rejected = fullRuns[0].Rejected;
        var notes = new List<string>
        {
            "Each ingest is timed around `IngestReturn.RunAsync` alone: the council's upload into the inbox happens before it, untimed, as it does before a blob trigger fires; \"memory\" is what one ingest allocates.",
            $"Peak RSS grows by {perReturn / 1024:0} KB a return from {sizes[0]} to {full} returns; the live managed heap after the round (a full collection, then GC.GetTotalMemory) goes from {Format.Megabytes(liveSmallest)} to {Format.Megabytes(liveLargest)}: growth there would be a leak; growth of RSS with a flat live heap is the collector's budget (\"GC heap committed\"), JIT-compiled code and SQLite's page cache settling.",
        };
        if (rejected > 0) notes.Add($"**{rejected} of {full} returns were rejected** (first: {fullRuns[0].FirstRejection}); the figures include their rejection path.");
        return new WorkloadResult("w2", "Ingest a whole round on the embedded store",
        [
            $"{full} councils (the register's {BenchCouncils.Create(0).Register.Councils.Count(c => c.Nation != Domain.Councils.Nation.NorthernIreland)} real LLAs outside Northern Ireland, then numbered English councils), allocations loaded, round {BenchRound.Id} opened.",
            $"Returns of realistic size, 8 to 40 projects with two outputs and one outcome each: {kit.Lines / full:N0} lines and {Format.Megabytes(kit.ReturnBytes / full)} on average, {Format.Megabytes(kit.ReturnBytes)} in all.",
            $"Each round runs in a fresh child process on a fresh copy of the store; peak RSS is VmHWM read at the end of the child.",
        ], null, figures,
        [
            new TargetCheck($"peak RSS, {full} returns / {sizes[0]} returns (flat: at most 1.10)", 1.10, true, (double)largest / smallest),
        ],
        [MemoryTable(sizes, bySize), profile], notes);
    }

    private static Table MemoryTable(int[] sizes, Dictionary<int, List<IngestRun.Outcome>> bySize) => new(
        "Peak memory and time by round size (one child process per round):",
        ["returns", "peak RSS", "GC heap committed", "live managed heap after the round", "ingest time, sum", "per return, median", "per return, 90th percentile", "runs"],
        sizes.Select(size =>
        {
            var runs = bySize[size];
            var rss = runs.Select(o => o.PeakRssBytes ?? 0).Order().ToList();
            var per = new Samples(runs.SelectMany(o => o.Seconds.Skip(1)).DefaultIfEmpty(runs[0].Seconds[0]));
            return (IReadOnlyList<string>)
            [
                size.ToString(CultureInfo.InvariantCulture),
                rss.Count == 1 ? Format.Megabytes(rss[0]) : $"{Format.Megabytes(rss[rss.Count / 2])} ({Format.Megabytes(rss[0])}–{Format.Megabytes(rss[^1])})",
                Format.Megabytes(runs.Select(o => o.GcCommittedBytes).Order().ElementAt(runs.Count / 2)),
                Format.Megabytes(runs.Select(o => o.LiveHeapBytes).Order().ElementAt(runs.Count / 2)),
                Format.Time(new Samples(runs.Select(o => o.Seconds.Sum())).Median),
                Format.Time(per.Median),
                Format.Time(per.Quantile(0.9)),
                runs.Count.ToString(CultureInfo.InvariantCulture),
            ];
        }).ToList());
}
