using System.Globalization;
using Ukspf.Bench.Harness;
using Ukspf.Bench.Report;
using Ukspf.Bench.Workloads;
using Ukspf.Application;
using Ukspf.Application.Reconcile;
using Ukspf.Workbooks.Consolidated;

namespace Ukspf.Bench.Publishing;

/// <summary>
/// Workload 3: reconcile a round of every council with its history and publish the consolidated workbook. The
/// workbook writer is also measured alone, against the writing floor and the Open XML SDK's writer writing the same cells.
/// </summary>
public static class PublishWorkload
{
    public const string Floor = "floor: XmlWriter into ZipArchive";
    public const string OursWriter = "ours: ConsolidatedReturnWriter";
    public const string OpenXmlWriter = "Open XML SDK OpenXmlWriter";
    public const string OursReconcile = "ours: ReconcileRound (load, reconcile, write, publish)";
    public const string OursReconcileShort = "ours: ReconcileRound, 1 earlier round";
    public const string OnEmbedded = "ours: ReconcileRound on the embedded store";
    public const string OnAzurite = "ours on Azurite (SDK): ReconcileRound";

    /// <summary>
    /// The history both stores hold for the comparison: fewer councils and earlier rounds than the main figures.
    /// Azurite's in-memory tables answer a partition query by scanning the whole table, so ReconcileRound there costs
    /// its query a council times every line the table holds: when it still read two returns' lines a council, with 250
    /// councils and 2 earlier rounds (144,677 lines) one run took 63 s against 2.3 s on the embedded store, and
    /// copying the history in took 195 s.
    /// </summary>
    public const int CompareCouncils = 50;

    public const int CompareEarlier = 2;

    /// <summary>The kind of the storage comparison's figures: warm, the same history on both stores, not comparable with the floor.</summary>
    private const string SameHistory = "warm, same history on both stores";

    /// <summary>The kind of the whole function's figures: warm, but not comparable with the floor, which only writes.</summary>
    private const string WholeFunction = "warm, whole function";

    public static async Task<WorkloadResult> RunAsync(BenchOptions options, Action<string> log)
    {
        var councils = options.Smoke ? 10 : 250;
        var earlier = options.Smoke ? 2 : 12;
        var history = await HistoryStore.CreateAsync(Path.Combine(options.Work, "w3", "store"), councils, earlier, log);
        log($"w3: {history.Submissions:N0} submissions and {history.Lines:N0} lines stored in {history.BuildSeconds:0} s");
        var shortHistory = await HistoryStore.CreateAsync(Path.Combine(options.Work, "w3", "short"), councils, 1, log);
        log($"w3: the same councils with 1 earlier round: {shortHistory.Submissions:N0} submissions and {shortHistory.Lines:N0} lines in {shortHistory.BuildSeconds:0} s");

        Figure[] figures;
        CellDump dump;
        byte[] published;
        var register = BenchCouncils.Create(councils).Register;
        using (var bench = BenchStore.Open(history.Folder, register, FixedClock.AfterDeadline))
        using (var shortBench = BenchStore.Open(shortHistory.Folder, register, FixedClock.AfterDeadline))
        {
            var reconcile = bench.Get<ReconcileRound>();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var first = await reconcile.RunAsync(BenchRound.Id.ToString());
            var firstSeconds = watch.Elapsed.TotalSeconds;
            published = await DownloadAsync(bench, first.LatestBlob);
            dump = CellDump.Read(published);
            var report = first.Report;
            var contenders = new List<Contender>
            {
                Contender.InProcess(Floor, () => FloorWriter.Write(dump, new MemoryStream())),
                Contender.InProcess(OursWriter, () =>
                {
                    var output = new MemoryStream();
                    ConsolidatedReturnWriter.Write(report, output);
                    return output.Length;
                }),
                Contender.InProcess(OpenXmlWriter, () => OpenXmlSaxWriter.Write(dump, new MemoryStream())),
            };
            log("w3: warm runs");
            var warm = Interleaved.Run(contenders, options.Warmups, options.Runs, log);
            figures = contenders.Select(c => Figure.From(c.Name, "warm", warm[c.Name])).ToArray();

            // The run above that produced the workbook was the long history's warm-up; when that one run already
            // overran the budget it is the figure, since JIT is noise next to it.
            Contender Reconciling(string name, BenchStore store) =>
                Contender.InProcess(name, () => store.Get<ReconcileRound>().RunAsync(BenchRound.Id.ToString()).GetAwaiter().GetResult().Report.Councils.Count);
            if (firstSeconds > RunBudget.Seconds)
            {
                figures = [.. figures, new Figure(OursReconcile, WholeFunction, new Samples([firstSeconds]), first.Report.Councils.Count, "the first run in the process: one run overran the budget")];
            }
            else
            {
                log("w3: ReconcileRound with 1 and with 12 earlier rounds, interleaved");
                var runs = Interleaved.Run([Reconciling(OursReconcile, bench), Reconciling(OursReconcileShort, shortBench)], 1, options.Runs, log);
                figures = [.. figures, Figure.From(OursReconcile, WholeFunction, runs[OursReconcile], $"{earlier} earlier rounds"),
                    Figure.From(OursReconcileShort, WholeFunction, runs[OursReconcileShort])];
            }
        }

        log("w3: cold runs");
        const string cold = "ours: ReconcileRound in a fresh process";
        // No warm-up process: the runs above have just brought the store and the assemblies into the page cache.
        var colds = ColdRunner.Run([new ColdCommand(cold, () => ChildProcess.Self("reconcile", history.Folder, councils.ToString(CultureInfo.InvariantCulture)))], 0, options.ColdRuns, log);
        var all = figures.Append(Figure.From(cold, "cold", colds[cold], $"start-up, reconcile, publish, exit; {earlier} earlier rounds")).ToList();

        var comparison = await CompareStoresAsync(options, history, log);
        all.AddRange(comparison.Figures);

        var floor = all.First(f => f.Contender == Floor);
        var ours = all.First(f => f.Contender == OursWriter);
        var targets = new List<TargetCheck>
        {
            new("consolidated workbook written / writing floor, warm (reported, no limit)", null, true, ours.Samples.Median / floor.Samples.Median, ours.Samples.Min / floor.Samples.Min),
        };
        var longRuns = all.First(f => f.Contender == OursReconcile);
        if (all.FirstOrDefault(f => f.Contender == OursReconcileShort) is { } shortRuns)
            targets.Add(new($"ReconcileRound, {earlier} earlier rounds / 1 earlier round, warm", 1.2, true, longRuns.Samples.Median / shortRuns.Samples.Median, longRuns.Samples.Min / shortRuns.Samples.Min));
        if (longRuns.Bytes is { } allocated)
            targets.Add(new($"ReconcileRound, MB allocated for {councils} councils and {earlier} earlier rounds", 100, true, allocated / 1048576.0));
        return new WorkloadResult("w3", comparison.Figures.Count > 0 ? "Reconcile and publish the consolidated workbook, on the embedded store and on Azurite" : "Reconcile and publish the consolidated workbook",
        [
            $"{councils} councils, the current round {BenchRound.Id} and {earlier} earlier quarterly rounds: {history.Submissions:N0} accepted submissions, {history.Lines:N0} return lines in the embedded store ({history.Councils / 25} councils have not returned this round).",
            $"The same councils and returns with 1 earlier round, in a store of their own: {shortHistory.Submissions:N0} submissions, {shortHistory.Lines:N0} lines. ReconcileRound runs on both in turn, in this process, so the ratio shows what history costs it.",
            $"The consolidated workbook: {dump.Sheets.Count()} sheets, {dump.CellCount:N0} cells, {dump.SharedStrings.Count:N0} shared strings, {Format.Megabytes(published.LongLength)}.",
            $"The floor writes ours' own output again: the same parts, its small parts as they were, every cell and shared string through XmlWriter, at compression level {FloorWriter.Level}. The Open XML SDK writer writes the same cells, shared strings and stylesheet (not the column widths, views and filters).",
            "\"count\" is bytes written for the writers (the SDK names relationships at random, so its sizes vary by a few bytes), councils for ReconcileRound.",
            .. comparison.Setup,
        ], Floor, all, targets, comparison.Tables, comparison.Notes, comparison.LeftOut is { } leftOut ? [leftOut] : null);
    }

    /// <summary>What the storage comparison adds to the workload: figures, tables, setup lines and notes (or only why it was left out).</summary>
    private sealed record StorageComparison(List<Figure> Figures, List<Table> Tables, List<string> Setup, List<string> Notes, string? LeftOut = null);

    /// <summary>
    /// ReconcileRound on the same history stored on the embedded store and on Azurite (copied entity by entity),
    /// interleaved in one process, then its steps timed apart on both.
    /// </summary>
    private static async Task<StorageComparison> CompareStoresAsync(BenchOptions options, HistoryStore main, Action<string> log)
    {
        var missing = AzuriteHost.Unavailable();
        AzuriteHost? host = null;
        if (missing is null)
        {
            try
            {
                host = await AzuriteHost.StartAsync();
            }
            catch (AzuriteUnavailableException e)
            {
                missing = e.Message;
            }
        }
        if (host is null)
        {
            log($"w3: AZURITE ROWS LEFT OUT: {missing}");
            return new([], [], [], [], AzuriteHost.LeftOut(missing!));
        }
        await using (host)
        {
            var (councils, earlier) = options.Smoke ? (main.Councils, main.EarlierRounds) : (CompareCouncils, CompareEarlier);
            var history = councils == main.Councils && earlier == main.EarlierRounds
                ? main
                : await HistoryStore.CreateAsync(Path.Combine(options.Work, "w3", "compare"), councils, earlier, log);
            var register = BenchCouncils.Create(councils).Register;
            using var embedded = BenchStore.Open(history.Folder, register, FixedClock.AfterDeadline);
            using var azurite = BenchStore.Connect(host.ConnectionString, register, FixedClock.AfterDeadline);
            log($"w3: copying {history.Submissions:N0} submissions and {history.Lines:N0} lines into Azurite");
            var seed = await StoreCopy.CopyAsync(embedded, azurite);
            log($"w3: Azurite seeded: {seed.Blobs} blobs and {seed.Entities:N0} entities in {seed.Seconds:0.0} s");

            log("w3: ReconcileRound on both stores, interleaved");
            Contender On(string name, BenchStore bench) =>
                Contender.InProcess(name, () => bench.Get<ReconcileRound>().RunAsync(BenchRound.Id.ToString()).GetAwaiter().GetResult().Report.Councils.Count);
            var warm = Interleaved.Run([On(OnEmbedded, embedded), On(OnAzurite, azurite)], options.Warmups, options.Runs, log);
            var e = warm[OnEmbedded];
            var a = warm[OnAzurite];

            log("w3: timing ReconcileRound's steps on both stores");
            var profileRuns = options.Smoke ? 1 : 3;
            var steps = await ReconcileProfile.RunAsync([embedded, azurite], register, profileRuns);
            var emulator = host.PeakRssBytes;

            var size = $"{councils} councils, {earlier} earlier rounds";
            IReadOnlyList<string> Row(string figure, double left, double right, Func<double, string> format) =>
                [figure, format(left), format(right), Format.Ratio(right / left)];
            var table = new Table(
                $"Storage: ReconcileRound on the same history ({size}: {history.Submissions:N0} submissions, {history.Lines:N0} return lines) on the embedded store and on Azurite through the SDK adapters, runs interleaved in this process:",
                ["figure", "embedded store", "Azurite (SDK)", "Azurite / embedded"],
                [
                    Row("ReconcileRound, warm, median", e.Samples.Median, a.Samples.Median, Format.Time),
                    Row("ReconcileRound, fastest run", e.Samples.Min, a.Samples.Min, Format.Time),
                    Row("allocated per run, median", e.Bytes ?? 0, a.Bytes ?? 0, b => Format.Megabytes((long)b)),
                    ["runs", $"{e.Samples.Seconds.Count}", $"{a.Samples.Seconds.Count}", ""],
                    ["the emulator's own peak RSS (Node, outside the function's process)", "", emulator is { } rss ? Format.Megabytes(rss) : "unknown", ""],
                    ["copying the history into Azurite (untimed setup)", "", $"{seed.Blobs} blobs, {seed.Entities:N0} entities, {Format.Time(seed.Seconds)}", ""],
                ]);
            var stepsTable = ReconcileProfile.StepsTable(
                $"Where ReconcileRound's time goes on each store ({size}): its steps called one by one through the same repositories (warm, median of {profileRuns} run{(profileRuns == 1 ? "" : "s")} on each store, taking turns):",
                steps[0], steps[1]);
            var notes = new List<string>
            {
                AzuriteHost.NotAzure,
                (history == main ? "The comparison uses the main figures' history. " : $"The comparison is smaller than the main figures ({councils} councils and {earlier} earlier rounds, not {main.Councils} and {main.EarlierRounds}), on both stores alike. ")
                    + "Azurite's in-memory tables answer a partition query by scanning the whole table, so ReconcileRound's loading costs a query for each council's return of the round (and a point read for its earlier totals) times every line the table holds there, and grows with the square of the councils; Azure and the embedded store find a partition by its key. The loading time on Azurite is mostly that scan, and says nothing about Azure.",
            };
            if (e.Count != a.Count) notes.Add($"**The stores disagree: ReconcileRound reported {e.Count} councils on the embedded store and {a.Count} on Azurite.**");
            return new(
                [Figure.From(OnEmbedded, SameHistory, e, size), Figure.From(OnAzurite, SameHistory, a, size)],
                [table, stepsTable],
                [$"Storage comparison: the same history ({size}) built on the embedded store and copied entity by entity into a fresh Azurite {AzuriteHost.Version()} ({AzuriteHost.Persistence}, on loopback), reached through `AzureStorage.FromConnectionString` and the SDK adapters."],
                notes);
        }
    }

    private static async Task<byte[]> DownloadAsync(BenchStore bench, string blob)
    {
        await using var download = await bench.Blobs.DownloadAsync(StorageNames.PublishedContainer, blob)
            ?? throw new InvalidOperationException($"ReconcileRound published no {blob}.");
        using var memory = new MemoryStream();
        await download.Content.CopyToAsync(memory);
        return memory.ToArray();
    }
}
