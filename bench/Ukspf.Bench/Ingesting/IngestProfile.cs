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

    public static async Task<Table> RunAsync(RoundKit kit, string storeFolder, int returns)
    {
        BenchStore.Copy(kit.StoreFolder, storeFolder);
        var councils = BenchCouncils.Create(kit.Councils);
        using var bench = BenchStore.Open(storeFolder, councils.Register, FixedClock.AtReceipt);
        var times = Steps.ToDictionary(s => s, _ => new List<double>());
        var files = Directory.GetFiles(kit.ReturnsFolder, "*.xlsx").Order(StringComparer.Ordinal).Take(returns + 1).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            var sections = await IngestAsync(bench, councils, files[i]);
            // The first return pays for JIT and first-use set-up: the cold figure covers that.
            if (i == 0) continue;
            foreach (var (step, seconds) in sections) times[step].Add(seconds);
        }
        var medians = Steps.Select(s => (Step: s, Median: new Samples(times[s]).Median)).ToList();
        var total = medians.Sum(m => m.Median);
        return new Table(
            $"Where an ingest's time goes: its steps timed one by one (warm, median over {returns} returns of the round; the submissions table grows as they go):",
            ["step", "median", "share"],
            medians.Select(m => (IReadOnlyList<string>)[m.Step, Format.Time(m.Median), (m.Median / total).ToString("P0", CultureInfo.InvariantCulture)])
                .Append(["all steps", Format.Time(total), "100 %"]).ToList());
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
