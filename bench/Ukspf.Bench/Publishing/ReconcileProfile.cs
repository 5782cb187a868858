using System.Diagnostics;
using System.Globalization;
using Ukspf.Bench.Harness;
using Ukspf.Bench.Report;
using Ukspf.Bench.Workloads;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Submissions;
using Ukspf.Application;
using Ukspf.Application.Allocations;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Storage.Blobs;
using Ukspf.Workbooks.Consolidated;
using Ukspf.Workbooks.Exports;

namespace Ukspf.Bench.Publishing;

/// <summary>
/// Where a reconciliation's time goes: the steps <see cref="Application.Reconcile.ReconcileRound"/> takes (load,
/// reconcile, write, publish), called one by one through the same repositories and timed apart. An approximation of
/// the use case, which does not time its own steps, to show which of them a store makes slower.
/// </summary>
public static class ReconcileProfile
{
    private static readonly (string Step, string Phase)[] Steps =
    [
        ("load the round", Load), ("load allocations", Load), ("list every submission", Load),
        ("load the lines of the round's accepted returns", Load), ("load the totals of each council's latest earlier return", Load),
        ("reconcile (metrics and findings)", Reconcile),
        ("write the consolidated workbook", Publish), ("upload it twice (dated and latest)", Publish),
        ("build the 360Giving grants", Publish), ("write and upload the grants CSV", Publish), ("write and upload the grants JSON", Publish),
    ];

    private const string Load = "load";
    private const string Reconcile = "reconcile";
    private const string Publish = "write and publish";

    /// <summary>Each step's median over <paramref name="runs"/> runs on each store, the stores taking turns within a run.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<double>>> RunAsync(IReadOnlyList<BenchStore> stores, CouncilRegister councils, int runs)
    {
        var times = stores.Select(_ => Steps.Select(_ => new List<double>()).ToList()).ToList();
        for (var run = 0; run < runs; run++)
        {
            for (var k = 0; k < stores.Count; k++)
            {
                Interleaved.Settle();
                var sections = await ReconcileAsync(stores[k], councils);
                for (var i = 0; i < sections.Count; i++) times[k][i].Add(sections[i].Seconds);
            }
        }
        return times.Select(t => (IReadOnlyList<double>)t.Select(s => new Samples(s).Median).ToList()).ToList();
    }

    /// <summary>The steps on the embedded store and on Azurite side by side, with the phases' subtotals.</summary>
    public static Table StepsTable(string title, IReadOnlyList<double> embedded, IReadOnlyList<double> azurite)
    {
        string Share(double part, IReadOnlyList<double> all) => (part / all.Sum()).ToString("P0", CultureInfo.InvariantCulture);
        IReadOnlyList<string> Row(string name, double e, double a) =>
            [name, Format.Time(e), Share(e, embedded), Format.Time(a), Share(a, azurite), Format.Ratio(a / e)];
        var rows = Steps.Select((s, i) => Row(s.Step, embedded[i], azurite[i])).ToList();
        foreach (var phase in new[] { Load, Reconcile, Publish })
        {
            double Sum(IReadOnlyList<double> medians) => Steps.Select((s, i) => s.Phase == phase ? medians[i] : 0).Sum();
            rows.Add(Row($"**{phase}**", Sum(embedded), Sum(azurite)));
        }
        rows.Add(Row("**all steps**", embedded.Sum(), azurite.Sum()));
        return new Table(title, ["step", "embedded store", "share", "Azurite (SDK)", "share", "Azurite / embedded"], rows);
    }

    /// <summary>
    /// Prints each step's time and allocations on the store in <paramref name="folder"/> (a workload 3 store kept with
    /// --keep-work), the last of <paramref name="runs"/> runs: for finding what a reconciliation spends.
    /// </summary>
    public static async Task<int> PrintAsync(string folder, int councils, int runs)
    {
        var register = BenchCouncils.Create(councils).Register;
        using var bench = BenchStore.Open(folder, register, FixedClock.AfterDeadline);
        List<(double Seconds, long Bytes)> sections = [];
        for (var run = 0; run < runs; run++)
        {
            Interleaved.Settle();
            sections = await ReconcileAsync(bench, register);
        }
        for (var i = 0; i < Steps.Length; i++)
            Console.WriteLine($"{Steps[i].Step,-60} {Format.Time(sections[i].Seconds),10} {Format.Megabytes(sections[i].Bytes),10}");
        return 0;
    }

    private static async Task<List<(double Seconds, long Bytes)>> ReconcileAsync(BenchStore bench, CouncilRegister councils)
    {
        var sections = new List<(double Seconds, long Bytes)>();
        var watch = Stopwatch.StartNew();
        long allocated = 0;
        void Start()
        {
            allocated = GC.GetTotalAllocatedBytes(precise: true);
            watch.Restart();
        }
        void Stop() => sections.Add((watch.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated));
        async Task<T> StepAsync<T>(Func<Task<T>> work)
        {
            Start();
            var result = await work();
            Stop();
            return result;
        }
        T Step<T>(Func<T> work)
        {
            Start();
            var result = work();
            Stop();
            return result;
        }

        var clock = FixedClock.AfterDeadline;
        var round = await StepAsync(() => bench.Get<RoundRepository>().GetAsync(BenchRound.Id))
            ?? throw new InvalidOperationException($"Round {BenchRound.Id} is not in the store.");
        var book = await StepAsync(() => bench.Get<AllocationRepository>().LoadAsync());
        var all = await StepAsync(() => bench.Get<SubmissionRepository>().ListAllAsync());
        var lines = bench.Get<ReturnLinesRepository>();
        var thisRound = all.Where(s => s.Summary.Round == round.Id).ToList();
        var accepted = await StepAsync(() => LoadAsync(lines, thisRound.Where(s => s.Summary.Status == SubmissionStatus.Accepted).OrderBy(s => s.Summary.ReceivedAt)));
        var earlier = await StepAsync(() => LoadTotalsAsync(lines, all.Where(s => s.Summary.Round.CompareTo(round.Id) < 0 && s.Summary.Status is SubmissionStatus.Accepted or SubmissionStatus.Superseded)
            .GroupBy(s => s.Summary.LlaCode)
            .Select(g => g.OrderByDescending(s => s.Summary.Round).ThenByDescending(s => s.Summary.ReceivedAt).First())));
        var report = Step(() =>
        {
            var expected = book.CouncilsIn(round.Id.Year)
                .Select(code => councils.Find(code) ?? new Council(code, code, Nation.England))
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
                .ToList();
            var data = new RoundData(round, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), expected, book, accepted, earlier,
                thisRound.Select(s => s.Summary).ToList(), Domain.Catalogue.Catalogue.Default);
            return (Data: data, Report: RoundReconciler.Reconcile(data, bench.Get<PipelineOptions>().Metrics));
        });
        var workbook = Step(() =>
        {
            var output = new MemoryStream();
            ConsolidatedReturnWriter.Write(report.Report, output);
            return output;
        });
        var blobs = bench.Blobs;
        await StepAsync(async () =>
        {
            foreach (var name in new[] { $"{round.Id}/profile-dated.xlsx", $"{round.Id}/profile-latest.xlsx" })
            {
                workbook.Position = 0;
                await blobs.UploadAsync(StorageNames.PublishedContainer, name, workbook, new BlobUploadOptions { ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
            }
            return 0;
        });
        var grants = Step(() =>
        {
            var returns = report.Data.Accepted.Select(a => (councils.Find(a.Key) ?? new Council(a.Key, a.Key, Nation.England), a.Value));
            return GrantsPublication.Build(round, returns, report.Data.Catalogue, report.Data.AsOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), new Uri("https://example.org/grants.json")).Grants;
        });
        await StepAsync(() => blobs.WriteAsync(StorageNames.PublishedContainer, $"{round.Id}/profile-grants.csv", async (stream, _) =>
        {
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 16 * 1024, leaveOpen: true);
            GrantsCsvWriter.Write(grants, writer);
        }, new BlobUploadOptions { ContentType = "text/csv; charset=utf-8" }));
        await StepAsync(() => blobs.WriteAsync(StorageNames.PublishedContainer, $"{round.Id}/profile-grants.json", (stream, _) =>
        {
            GrantsJsonWriter.Write(grants, stream);
            return Task.CompletedTask;
        }, new BlobUploadOptions { ContentType = "application/json" }));
        return sections;
    }

    // As ReconcileRound reads: a few reads in flight at once, the answers kept in the submissions' order.
    private static async Task<Dictionary<string, CouncilReturn>> LoadAsync(ReturnLinesRepository lines, IEnumerable<SubmissionRecord> submissions) =>
        await EachAsync(submissions.ToList(), id => lines.LoadAsync(id));

    private static async Task<Dictionary<string, CumulativeTotals>> LoadTotalsAsync(ReturnLinesRepository lines, IEnumerable<SubmissionRecord> submissions) =>
        await EachAsync(submissions.ToList(), id => lines.LoadTotalsAsync(id));

    private static async Task<Dictionary<string, T>> EachAsync<T>(List<SubmissionRecord> submissions, Func<string, Task<T?>> read) where T : class
    {
        var results = new T?[submissions.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, submissions.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) => results[i] = await read(submissions[i].Summary.SubmissionId));
        var found = new Dictionary<string, T>();
        for (var i = 0; i < submissions.Count; i++)
            if (results[i] is { } value) found[submissions[i].Summary.LlaCode] = value;
        return found;
    }
}
