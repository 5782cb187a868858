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

    /// <summary>The kind of the whole function's figures: warm, but not comparable with the floor, which only writes.</summary>
    private const string WholeFunction = "warm, whole function";

    public static async Task<WorkloadResult> RunAsync(BenchOptions options, Action<string> log)
    {
        var councils = options.Smoke ? 10 : 250;
        var earlier = options.Smoke ? 2 : 12;
        var history = await HistoryStore.CreateAsync(Path.Combine(options.Work, "w3", "store"), councils, earlier, log);
        log($"w3: {history.Submissions:N0} submissions and {history.Lines:N0} lines stored in {history.BuildSeconds:0} s");

        Figure[] figures;
        CellDump dump;
        byte[] published;
        using (var bench = BenchStore.Open(history.Folder, BenchCouncils.Create(councils).Register, FixedClock.AfterDeadline))
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
            // The run above that produced the workbook was the reconciliation's warm-up; when that one run already
            // overran the budget it is the figure, since JIT is noise next to it.
            var reconciled = firstSeconds > RunBudget.Seconds
                ? new Figure(OursReconcile, WholeFunction, new Samples([firstSeconds]), first.Report.Councils.Count, "the first run in the process: one run overran the budget")
                : Figure.From(OursReconcile, WholeFunction, Interleaved.Run(
                    [Contender.InProcess(OursReconcile, () => reconcile.RunAsync(BenchRound.Id.ToString()).GetAwaiter().GetResult().Report.Councils.Count)],
                    0, options.Runs, log)[OursReconcile]);
            figures = contenders.Select(c => Figure.From(c.Name, "warm", warm[c.Name])).Append(reconciled).ToArray();
        }

        log("w3: cold runs");
        const string cold = "ours: ReconcileRound in a fresh process";
        // No warm-up process: the runs above have just brought the store and the assemblies into the page cache.
        var colds = ColdRunner.Run([new ColdCommand(cold, () => ChildProcess.Self("reconcile", history.Folder, councils.ToString(CultureInfo.InvariantCulture)))], 0, options.ColdRuns, log);
        var all = figures.Append(Figure.From(cold, "cold", colds[cold], "start-up, reconcile, publish, exit")).ToList();

        var floor = all.First(f => f.Contender == Floor);
        var ours = all.First(f => f.Contender == OursWriter);
        return new WorkloadResult("w3", "Reconcile and publish the consolidated workbook",
        [
            $"{councils} councils, the current round {BenchRound.Id} and {earlier} earlier quarterly rounds: {history.Submissions:N0} accepted submissions, {history.Lines:N0} return lines in the embedded store ({history.Councils / 25} councils have not returned this round).",
            $"The consolidated workbook: {dump.Sheets.Count()} sheets, {dump.CellCount:N0} cells, {dump.SharedStrings.Count:N0} shared strings, {Format.Megabytes(published.LongLength)}.",
            $"The floor writes ours' own output again: the same parts, its small parts as they were, every cell and shared string through XmlWriter, at compression level {FloorWriter.Level}. The Open XML SDK writer writes the same cells, shared strings and stylesheet (not the column widths, views and filters).",
            "\"count\" is bytes written for the writers (the SDK names relationships at random, so its sizes vary by a few bytes), councils for ReconcileRound.",
        ], Floor, all,
        [
            new TargetCheck("consolidated workbook written / writing floor, warm", 1.3, true, ours.Samples.Median / floor.Samples.Median, ours.Samples.Min / floor.Samples.Min),
        ], [], []);
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
