using System.Globalization;
using Ukspf.Bench.Harness;
using Ukspf.Bench.Report;
using Ukspf.Bench.Workloads;

namespace Ukspf.Bench.Ingesting;

/// <summary>
/// Workload 2: a whole round ingested end to end (archive, read, validate, store, feedback workbook), one return after
/// another, in child processes: on the embedded store, one per round size for its peak memory, the full round repeated
/// for its time, and fresh processes ingesting a single return for the cold start; then the same returns on Azurite
/// through the SDK adapters, full rounds interleaved with the embedded store's, for what the real storage path costs.
/// </summary>
public static class IngestWorkload
{
    public const string PerReturn = "ours: ingest one return";
    public const string WholeRound = "ours: whole round";
    public const string FirstReturn = "ours: first return in a fresh process";
    public const string OpenRound = "ours: open the round (write every template)";
    public const string PerReturnAzurite = "ours on Azurite (SDK): ingest one return";
    public const string WholeRoundAzurite = "ours on Azurite (SDK): whole round";
    public const string Floor = "floor: archive, read + validate, store lines and record, copy as feedback";
    public const string BesideFloor = "ours: ingest one return, beside the floor";

    /// <summary>The kind of the floor comparison's figures: warm, in one process, ours and the floor taking turns.</summary>
    private const string FloorKind = "warm, beside the floor";

    /// <summary>A child's outcome on Azurite, with the emulator's own peak RSS and the untimed copy that seeded it.</summary>
    private sealed record AzuriteRound(IngestRun.Outcome Outcome, long? EmulatorPeakRss, StoreCopy.Copied Seed);

    public static async Task<WorkloadResult> RunAsync(BenchOptions options, Action<string> log)
    {
        int[] sizes = options.Smoke ? [2, 4, 8] : [50, 100, 250];
        var full = sizes[^1];
        var folder = Path.Combine(options.Work, "w2");
        var kit = await RoundKit.CreateAsync(folder, full, log);
        var runStore = Path.Combine(folder, "run");
        var register = BenchCouncils.Create(full).Register;
        var azuriteMissing = AzuriteHost.Unavailable();
        if (azuriteMissing is not null) log($"w2: AZURITE ROWS LEFT OUT: {azuriteMissing}");

        log("w2: timing an ingest's steps");
        var profiled = Math.Min(20, full - 1);
        var profileStore = Path.Combine(folder, "profile");
        BenchStore.Copy(kit.StoreFolder, profileStore);
        IReadOnlyList<double> steps;
        IReadOnlyList<double>? azuriteSteps = null;
        using (var bench = BenchStore.Open(profileStore, register, FixedClock.AtReceipt))
        {
            Seeded? azurite = null;
            if (azuriteMissing is null)
            {
                try
                {
                    azurite = await SeededAsync(kit, register, log);
                }
                catch (AzuriteUnavailableException e)
                {
                    azuriteMissing = e.Message;
                    log($"w2: AZURITE ROWS LEFT OUT: {azuriteMissing}");
                }
            }
            await using (azurite)
            {
                using var remote = azurite is null ? null : BenchStore.Connect(azurite.Host.ConnectionString, register, FixedClock.AtReceipt);
                var medians = await IngestProfile.RunAsync(kit, remote is null ? [bench] : [bench, remote], profiled);
                steps = medians[0];
                if (remote is not null) azuriteSteps = medians[1];
            }
        }

        var besideFloor = Math.Min(options.Smoke ? 3 : 60, full - 1);
        log($"w2: {besideFloor} returns ingested by IngestReturn and at the floor, in turn");
        var (oursBeside, floorRuns) = await IngestFloor.CompareAsync(kit, folder, besideFloor);

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
        var onAzurite = new List<AzuriteRound>();
        async Task RoundOnAzurite()
        {
            // A fresh emulator each round, seeded with the kit's store: the same starting state as the embedded rounds.
            await using var azurite = await SeededAsync(kit, register, log);
            var (_, output) = ChildProcess.RunTimed(ChildProcess.Self("ingest", BenchStore.ConnectionPrefix + azurite.Host.ConnectionString, kit.ReturnsFolder, full.ToString(CultureInfo.InvariantCulture)));
            var outcome = IngestRun.Parse(output);
            onAzurite.Add(new AzuriteRound(outcome, azurite.Host.PeakRssBytes, azurite.Seed));
            log($"  round of {full} on Azurite: {outcome.Seconds.Sum():0.0} s ingesting, {outcome.Accepted} accepted, {outcome.Rejected} rejected, peak RSS {Format.Megabytes(outcome.PeakRssBytes ?? 0)} (the emulator's {Format.Megabytes(azurite.Host.PeakRssBytes ?? 0)})");
        }
        foreach (var size in sizes) Round(size);
        var rounds = RunBudget.Runs(bySize[full][0].Seconds.Sum(), options.Runs);
        var azuriteRounds = 0;
        if (azuriteMissing is null)
        {
            await RoundOnAzurite();
            azuriteRounds = RunBudget.Runs(onAzurite[0].Outcome.Seconds.Sum(), options.Runs);
        }
        // The repeated full rounds alternate between the stores, so a noisy spell on the machine lands on both.
        for (var i = 1; i < Math.Max(rounds, azuriteRounds); i++)
        {
            if (i < rounds) Round(full);
            if (i < azuriteRounds) await RoundOnAzurite();
        }

        log("w2: cold runs");
        var cold = ColdRunner.Run(
            [new ColdCommand(FirstReturn, () => ChildProcess.Self("ingest", runStore, kit.ReturnsFolder, "1", "--cold"), () =>
            {
                BenchStore.Copy(kit.StoreFolder, runStore);
                IngestRun.PlaceInInboxAsync(runStore, kit.ReturnsFolder, 1).GetAwaiter().GetResult();
            })],
            1, options.ColdRuns, log);

        var fullRuns = bySize[full];
        var figures = new List<Figure>
        {
            new(PerReturn, "warm", PerIngest(fullRuns), fullRuns[0].Accepted, $"every return but each run's first, {Rounds(fullRuns.Count)} of {full}",
                Interleaved.Median(fullRuns.SelectMany(o => o.AllocatedBytes.Skip(1)).ToList())),
            new(WholeRound, $"{full} returns", new Samples(fullRuns.Select(o => o.Seconds.Sum())), fullRuns[0].Accepted, "sum of the ingests"),
            Figure.From(FirstReturn, "cold", cold[FirstReturn], "start-up, one ingest, exit; the upload is in the inbox before the process starts"),
            new(OpenRound, $"{full} templates", new Samples([kit.OpenRoundSeconds]), full, "setup, one run"),
            Figure.From(Floor, FloorKind, floorRuns, $"{besideFloor} returns; count: accepted"),
            Figure.From(BesideFloor, FloorKind, oursBeside, $"the same {besideFloor} returns, each just before the floor's; count: accepted"),
        };
        var azuriteRuns = onAzurite.Select(r => r.Outcome).ToList();
        if (azuriteRuns.Count > 0)
        {
            figures.Add(new(PerReturnAzurite, "warm", PerIngest(azuriteRuns), azuriteRuns[0].Accepted, $"every return but each run's first, {Rounds(azuriteRuns.Count)} of {full}",
                Interleaved.Median(azuriteRuns.SelectMany(o => o.AllocatedBytes.Skip(1)).ToList())));
            figures.Add(new(WholeRoundAzurite, $"{full} returns", new Samples(azuriteRuns.Select(o => o.Seconds.Sum())), azuriteRuns[0].Accepted, "sum of the ingests"));
        }

        var smallest = bySize[sizes[0]].Select(o => o.PeakRssBytes ?? 0).Max();
        var largest = MedianRss(bySize[full]);
        var liveSmallest = bySize[sizes[0]].Select(o => o.LiveHeapBytes).Max();
        var liveLargest = bySize[full].Select(o => o.LiveHeapBytes).Order().ElementAt(bySize[full].Count / 2);
        var perReturn = (largest - smallest) / (double)(full - sizes[0]);
        var rejected = fullRuns[0].Rejected;
        var setup = new List<string>
        {
            $"{full} councils (the register's {BenchCouncils.Create(0).Register.Councils.Count(c => c.Nation != Domain.Councils.Nation.NorthernIreland)} real LLAs outside Northern Ireland, then numbered English councils), allocations loaded, round {BenchRound.Id} opened.",
            $"Returns of realistic size, 8 to 40 projects with two outputs and one outcome each: {kit.Lines / full:N0} lines and {Format.Megabytes(kit.ReturnBytes / full)} on average, {Format.Megabytes(kit.ReturnBytes)} in all.",
            $"Each round runs in a fresh child process on a fresh copy of the store; peak RSS is VmHWM read at the end of the child.",
        };
        if (azuriteMissing is null)
            setup.Add($"On Azurite: the same {full} returns (the same files), each full round in a child process that reaches a fresh emulator (Azurite {AzuriteHost.Version()}, {AzuriteHost.Persistence}, on loopback) through `AzureStorage.FromConnectionString` and the SDK adapters; the emulator is seeded first, untimed, with a copy of the kit's store. Full rounds alternate between the two stores.");
        var notes = new List<string>
        {
            "Each ingest is timed around `IngestReturn.RunAsync` alone: the council's upload into the inbox happens before it, untimed, as it does before a blob trigger fires; \"memory\" is what one ingest allocates.",
            $"Peak RSS grows by {perReturn / 1024:0} KB a return from {sizes[0]} to {full} returns; the live managed heap after the round (a full collection, then GC.GetTotalMemory) goes from {Format.Megabytes(liveSmallest)} to {Format.Megabytes(liveLargest)}: growth there would be a leak; growth of RSS with a flat live heap is the collector's budget (\"GC heap committed\"), JIT-compiled code and SQLite's page cache settling.",
        };
        if (rejected > 0) notes.Add($"**{rejected} of {full} returns were rejected** (first: {fullRuns[0].FirstRejection}); the figures include their rejection path.");
        var tables = new List<Table> { MemoryTable(sizes, bySize) };
        if (azuriteRuns.Count > 0)
        {
            tables.Add(StorageTable(full, fullRuns, onAzurite));
            notes.Add(AzuriteHost.NotAzure);
            if (azuriteRuns[0].Rejected != rejected)
                notes.Add($"**The stores disagree: {rejected} returns rejected on the embedded store, {azuriteRuns[0].Rejected} on Azurite** (first: {azuriteRuns[0].FirstRejection}).");
        }
        tables.Add(IngestProfile.StepsTable(profiled, steps, azuriteSteps));
        setup.Add($"Beside the floor: the first {besideFloor} returns (after one more that pays for first use), each ingested by `IngestReturn` into a fresh copy of the kit's store and then at the floor into another, in this process. The floor archives the upload, reads and validates it, stores its lines and record, and stores the upload unchanged as its feedback; it reads the round, allocations and register once, before the first return, and supersedes nothing.");
        var coldFirst = figures.First(f => f.Contender == FirstReturn);
        return new WorkloadResult("w2", azuriteRuns.Count > 0 ? "Ingest a whole round on the embedded store and on Azurite" : "Ingest a whole round on the embedded store",
            setup, Floor, figures,
        [
            new TargetCheck("ingest of a typical return / ingest floor, warm", 1.5, true, oursBeside.Samples.Median / floorRuns.Samples.Median, oursBeside.Samples.Min / floorRuns.Samples.Min),
            new TargetCheck("first ingest in a fresh process, seconds (start-up, one ingest, exit)", 0.3, true, coldFirst.Samples.Median, coldFirst.Samples.Min),
            new TargetCheck($"peak RSS, {full} returns / {sizes[0]} returns (flat: at most 1.10)", 1.10, true, (double)largest / smallest),
        ],
        tables, notes, azuriteMissing is null ? null : [AzuriteHost.LeftOut(azuriteMissing)]);
    }

    /// <summary>A fresh Azurite holding a copy of the kit's store.</summary>
    private static async Task<Seeded> SeededAsync(RoundKit kit, Domain.Councils.CouncilRegister register, Action<string> log)
    {
        var host = await AzuriteHost.StartAsync();
        try
        {
            using var from = BenchStore.Open(kit.StoreFolder, register, FixedClock.AtReceipt);
            using var to = BenchStore.Connect(host.ConnectionString, register, FixedClock.AtReceipt);
            var seed = await StoreCopy.CopyAsync(from, to);
            log($"  Azurite seeded: {seed.Blobs} blobs and {seed.Entities:N0} entities in {seed.Seconds:0.0} s");
            return new Seeded(host, seed);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private sealed record Seeded(AzuriteHost Host, StoreCopy.Copied Seed) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Host.DisposeAsync();
    }

    private static string Rounds(int count) => count == 1 ? "1 round" : $"{count} rounds";

    private static Samples PerIngest(IReadOnlyList<IngestRun.Outcome> runs) =>
        new(runs.SelectMany(o => o.Seconds.Skip(1)).DefaultIfEmpty(runs[0].Seconds[0]));

    private static long MedianRss(IReadOnlyList<IngestRun.Outcome> runs) =>
        runs.Select(o => o.PeakRssBytes ?? 0).Order().ElementAt(runs.Count / 2);

    private static Table StorageTable(int full, List<IngestRun.Outcome> embedded, List<AzuriteRound> azurite)
    {
        var onAzurite = azurite.Select(r => r.Outcome).ToList();
        var (e, a) = (PerIngest(embedded), PerIngest(onAzurite));
        IReadOnlyList<string> Row(string figure, double left, double right, Func<double, string> format) =>
            [figure, format(left), format(right), Format.Ratio(right / left)];
        var emulator = azurite.Select(r => r.EmulatorPeakRss ?? 0).Order().ElementAt(azurite.Count / 2);
        var seed = azurite[0].Seed;
        // Whether an ingest slows as the round's lines pile up in the store.
        var part = Math.Max(1, full / 5);
        static double Part(IEnumerable<IngestRun.Outcome> runs, Func<double[], IEnumerable<double>> pick) => new Samples(runs.SelectMany(o => pick(o.Seconds))).Median;
        return new Table(
            $"Storage: the same {full} returns ingested on the embedded store and on Azurite through the SDK adapters, full rounds alternating in this run:",
            ["figure", "embedded store", "Azurite (SDK)", "Azurite / embedded"],
            [
                Row("one ingest, warm, median", e.Median, a.Median, Format.Time),
                Row("one ingest, 10th percentile", e.Quantile(0.1), a.Quantile(0.1), Format.Time),
                Row("one ingest, 90th percentile", e.Quantile(0.9), a.Quantile(0.9), Format.Time),
                Row($"one ingest, median of each round's first {part} (after its first)", Part(embedded, o => o.Skip(1).Take(part)), Part(onAzurite, o => o.Skip(1).Take(part)), Format.Time),
                Row($"one ingest, median of each round's last {part}", Part(embedded, o => o.TakeLast(part)), Part(onAzurite, o => o.TakeLast(part)), Format.Time),
                Row($"a whole round of {full}, sum of the ingests (median of the rounds)", new Samples(embedded.Select(o => o.Seconds.Sum())).Median, new Samples(onAzurite.Select(o => o.Seconds.Sum())).Median, Format.Time),
                Row("allocated per ingest, median", Interleaved.Median(embedded.SelectMany(o => o.AllocatedBytes.Skip(1)).ToList()) ?? 0, Interleaved.Median(onAzurite.SelectMany(o => o.AllocatedBytes.Skip(1)).ToList()) ?? 0, b => Format.Megabytes((long)b)),
                Row("peak RSS of the ingesting process, median of the rounds", MedianRss(embedded), MedianRss(onAzurite), b => Format.Megabytes((long)b)),
                ["rounds (ingests timed)", $"{embedded.Count} ({embedded.Sum(o => o.Seconds.Length - 1):N0})", $"{onAzurite.Count} ({onAzurite.Sum(o => o.Seconds.Length - 1):N0})", ""],
                ["the emulator's own peak RSS (Node, outside the function's process)", "", Format.Megabytes(emulator), ""],
                ["seeding each emulator from the kit's store (untimed)", "", $"{seed.Blobs} blobs, {seed.Entities:N0} entities, {Format.Time(seed.Seconds)}", ""],
            ]);
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
