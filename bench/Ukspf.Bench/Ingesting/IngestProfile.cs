using System.Diagnostics;
using System.Globalization;
using Ukspf.Bench.Harness;
using Ukspf.Bench.Report;
using Ukspf.Bench.Workloads;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Ukspf.Application;
using Ukspf.Application.Allocations;
using Ukspf.Application.Ingest;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Storage.Blobs;
using Ukspf.Workbooks.Feedback;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Bench.Ingesting;

/// <summary>
/// Where an ingest's time goes: the steps <see cref="IngestReturn"/> takes, called one by one on the same store and
/// timed apart, over the first returns of a round. An approximation of the function (it skips its own glue), to point
/// at the step worth making faster.
/// </summary>
public static class IngestProfile
{
    private static readonly string[] Steps =
    [
        "copy the upload and hash it", "archive the original", "read the workbook", "parse", "load the round",
        "find the previous accepted return (list every submission)", "load allocations", "validate (12 rules)",
        "feedback workbook", "upload the feedback", "store the return lines", "list the round (supersede check)", "store the submission record",
    ];

    /// <summary>
    /// Each step's median time on each store over the kit's first <paramref name="returns"/> returns (after one more
    /// that pays for first use), each return ingested into every store in turn, so warm-up and a noisy spell land on
    /// all of them; every store starts as a fresh copy of the kit's store.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<double>>> RunAsync(RoundKit kit, IReadOnlyList<BenchStore> stores, int returns)
    {
        var councils = BenchCouncils.Create(kit.Councils);
        var times = stores.Select(_ => Steps.ToDictionary(s => s, _ => new List<double>())).ToList();
        var files = Directory.GetFiles(kit.ReturnsFolder, "*.xlsx").Order(StringComparer.Ordinal).Take(returns + 1).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            for (var k = 0; k < stores.Count; k++)
            {
                var sections = await IngestAsync(stores[k], councils, files[i]);
                // The first return pays for JIT and first-use set-up: the cold figure covers that.
                if (i == 0) continue;
                foreach (var (step, seconds) in sections) times[k][step].Add(seconds);
            }
        }
        return times.Select(t => (IReadOnlyList<double>)Steps.Select(s => new Samples(t[s]).Median).ToList()).ToList();
    }

    /// <summary>The steps on the embedded store, and beside them on Azurite when it ran, with each step's share and the ratio between the stores.</summary>
    public static Table StepsTable(int returns, IReadOnlyList<double> embedded, IReadOnlyList<double>? azurite)
    {
        string Share(double part, IReadOnlyList<double> all) => (part / all.Sum()).ToString("P0", CultureInfo.InvariantCulture);
        var rows = Steps.Select((step, i) => (IReadOnlyList<string>)(azurite is null
            ? [step, Format.Time(embedded[i]), Share(embedded[i], embedded)]
            : [step, Format.Time(embedded[i]), Share(embedded[i], embedded), Format.Time(azurite[i]), Share(azurite[i], azurite), Format.Ratio(azurite[i] / embedded[i])])).ToList();
        rows.Add(azurite is null
            ? ["all steps", Format.Time(embedded.Sum()), "100 %"]
            : ["all steps", Format.Time(embedded.Sum()), "100 %", Format.Time(azurite.Sum()), "100 %", Format.Ratio(azurite.Sum() / embedded.Sum())]);
        return new Table(
            $"Where an ingest's time goes: its steps timed one by one (warm, median over {returns} returns of the round; the submissions table grows as they go){(azurite is null ? "" : ", on the embedded store and on Azurite through the SDK, each return ingested into one and then the other")}:",
            azurite is null ? ["step", "median", "share"] : ["step", "embedded store", "share", "Azurite (SDK)", "share", "Azurite / embedded"],
            rows);
    }

    private static async Task<List<(string, double)>> IngestAsync(BenchStore bench, BenchCouncils councils, string file)
    {
        var sections = new List<(string, double)>();
        var watch = Stopwatch.StartNew();
        T Step<T>(string name, Func<T> work)
        {
            watch.Restart();
            var result = work();
            sections.Add((name, watch.Elapsed.TotalSeconds));
            return result;
        }
        async Task<T> StepAsync<T>(string name, Func<Task<T>> work)
        {
            watch.Restart();
            var result = await work();
            sections.Add((name, watch.Elapsed.TotalSeconds));
            return result;
        }
        async Task Done(string name, Func<Task> work) => await StepAsync(name, async () => { await work(); return 0; });

        var lla = RoundKit.CouncilOf(file);
        var blob = new InboxBlob(BenchRound.Id.ToString(), lla, "return.xlsx");
        await using var content = File.OpenRead(file);
        await using var upload = await StepAsync(Steps[0], () => UploadBuffer.CopyAsync(content, default));
        var id = upload.Sha256[..20];
        await StepAsync(Steps[1], () => bench.Blobs.UploadAsync(StorageNames.ArchiveContainer, $"{blob.Round}/{lla}/{id}.xlsx", upload.Open(), new BlobUploadOptions { Conditions = BlobConditions.IfNoneMatchAny }));
        var workbook = Step(Steps[2], () => new ReturnReader().Read(upload.Open(), blob.Name));
        var parsed = Step(Steps[3], () => ReturnParser.Parse(workbook));
        var round = await StepAsync(Steps[4], () => bench.Get<RoundRepository>().GetAsync(BenchRound.Id));
        var all = await StepAsync(Steps[5], () => bench.Get<SubmissionRepository>().ListAllAsync());
        var book = await StepAsync(Steps[6], () => bench.Get<AllocationRepository>().LoadAsync());
        var council = councils.Register.Find(lla);
        var findings = Step(Steps[7], () => parsed.Findings.Concat(Validator.Validate(new ValidationContext(parsed.Return!, lla, council, round,
            Domain.Catalogue.Catalogue.Default, book, null, new ValidationSettings(), BenchRound.Received))).ToList());
        var feedback = new MemoryStream();
        Step(Steps[8], () => FeedbackWorkbookWriter.Write(upload.Open(), findings, new FeedbackHeader(council!.Name, blob.Round, blob.Name, "Accepted", FixedClock.AtReceipt.GetUtcNow(), null), feedback));
        feedback.Position = 0;
        await StepAsync(Steps[9], () => bench.Blobs.UploadAsync(StorageNames.FeedbackContainer, $"{blob.Round}/{lla}/{id}-feedback.xlsx", feedback));
        await Done(Steps[10], () => bench.Get<ReturnLinesRepository>().SaveAsync(id, parsed.Return!));
        await StepAsync(Steps[11], () => bench.Get<SubmissionRepository>().ListRoundAsync(BenchRound.Id));
        var summary = new SubmissionSummary(id, lla, BenchRound.Id, blob.Name, FixedClock.AtReceipt.GetUtcNow(), SubmissionStatus.Accepted, 0, findings.Count, null);
        await Done(Steps[12], () => bench.Get<SubmissionRepository>().SaveAsync(new SubmissionRecord(summary, blob.BlobName, "", "")));
        GC.KeepAlive(all);
        return sections;
    }
}
