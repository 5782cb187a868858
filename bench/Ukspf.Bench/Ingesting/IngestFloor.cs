using System.Diagnostics;
using Ukspf.Bench.Harness;
using Ukspf.Bench.Workloads;
using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Ukspf.Application;
using Ukspf.Application.Allocations;
using Ukspf.Application.Ingest;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Storage.Blobs;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Bench.Ingesting;

/// <summary>
/// The least any ingest of a return must do, on the same kind of store: copy the upload and archive it, read and
/// validate it, store its lines and its record, and store the upload unchanged as its feedback. Nothing else: the
/// round, the allocations and the register are read once before the first return, nothing is superseded, and the
/// feedback is not annotated.
/// </summary>
public sealed class IngestFloor
{
    private readonly BenchStore _bench;
    private readonly CouncilRegister _register;
    private readonly Round _round;
    private readonly AllocationBook _allocations;

    private IngestFloor(BenchStore bench, CouncilRegister register, Round round, AllocationBook allocations)
    {
        _bench = bench;
        _register = register;
        _round = round;
        _allocations = allocations;
    }

    public static async Task<IngestFloor> OpenAsync(BenchStore bench, CouncilRegister register)
    {
        var round = await bench.Get<RoundRepository>().GetAsync(BenchRound.Id) ?? throw new InvalidOperationException($"Round {BenchRound.Id} is not open in the store.");
        return new IngestFloor(bench, register, round, await bench.Get<AllocationRepository>().LoadAsync());
    }

    /// <summary>
    /// The kit's first <paramref name="returns"/> returns (after one more that pays for first use), each ingested by
    /// <see cref="IngestReturn"/> into one fresh copy of the kit's store and at the floor into another, in turn, in
    /// this process: per-return times and allocations of both, measured alike. Counts are the returns accepted.
    /// </summary>
    public static async Task<(Measurement Ours, Measurement Floor)> CompareAsync(RoundKit kit, string folder, int returns)
    {
        var register = BenchCouncils.Create(kit.Councils).Register;
        var (oursFolder, floorFolder) = (Path.Combine(folder, "beside-floor-ours"), Path.Combine(folder, "beside-floor-floor"));
        BenchStore.Copy(kit.StoreFolder, oursFolder);
        BenchStore.Copy(kit.StoreFolder, floorFolder);
        using var ours = BenchStore.Open(oursFolder, register, FixedClock.AtReceipt);
        using var atFloor = BenchStore.Open(floorFolder, register, FixedClock.AtReceipt);
        var ingest = ours.Get<IngestReturn>();
        var floor = await OpenAsync(atFloor, register);

        var files = Directory.GetFiles(kit.ReturnsFolder, "*.xlsx").Order(StringComparer.Ordinal).Take(returns + 1).ToList();
        var (oursRuns, floorRuns) = (new List<RunResult>(), new List<RunResult>());
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var blob = new InboxBlob(BenchRound.Id.ToString(), RoundKit.CouncilOf(file), "return.xlsx");
            // The upload lands in the inbox before the trigger fires: not part of the function's work.
            await using (var upload = File.OpenRead(file))
                await ours.Blobs.UploadAsync(StorageNames.InboxContainer, blob.BlobName, upload);
            var mine = await TimedAsync(async () =>
            {
                await using var content = File.OpenRead(file);
                return (await ingest.RunAsync(blob, content)).Status == SubmissionStatus.Accepted;
            });
            var least = await TimedAsync(() => floor.RunAsync(file));
            if (i == 0) continue;
            oursRuns.Add(mine);
            floorRuns.Add(least);
        }
        return (Measure(oursRuns), Measure(floorRuns));
    }

    private static async Task<RunResult> TimedAsync(Func<Task<bool>> work)
    {
        Interleaved.Settle();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var accepted = await work();
        watch.Stop();
        return new RunResult(watch.Elapsed.TotalSeconds, accepted ? 1 : 0, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static Measurement Measure(List<RunResult> runs) =>
        new(new Samples(runs.Select(r => r.Seconds)), runs.Sum(r => r.Count), Bytes: Interleaved.Median(runs.Select(r => r.Bytes ?? 0).ToList()));

    /// <summary>Ingests one return file at the floor; true when it would be accepted.</summary>
    public async Task<bool> RunAsync(string file)
    {
        var lla = RoundKit.CouncilOf(file);
        await using var content = File.OpenRead(file);
        await using var upload = await UploadBuffer.CopyAsync(content, default);
        var id = upload.Sha256[..20];
        var folder = $"{BenchRound.Id}/{lla}";
        await _bench.Blobs.UploadAsync(StorageNames.ArchiveContainer, $"{folder}/{id}.xlsx", upload.Open(), new BlobUploadOptions { Conditions = BlobConditions.IfNoneMatchAny });

        var parsed = ReturnParser.Parse(new ReturnReader().Read(upload.Open(), "return.xlsx"));
        var outcome = Validator.Validate(parsed, ret => new ValidationContext(ret, lla, _register.Find(lla), _round, Domain.Catalogue.Catalogue.Default,
            _allocations, null, new ValidationSettings(), BenchRound.Received));
        if (outcome.Accepted && parsed.Return is { } accepted) await _bench.Get<ReturnLinesRepository>().SaveAsync(id, accepted);

        await _bench.Blobs.UploadAsync(StorageNames.FeedbackContainer, $"{folder}/{id}-feedback.xlsx", upload.Open());
        var status = outcome.Accepted ? SubmissionStatus.Accepted : SubmissionStatus.Rejected;
        var summary = new SubmissionSummary(id, lla, BenchRound.Id, "return.xlsx", FixedClock.AtReceipt.GetUtcNow(), status, outcome.Errors, outcome.Warnings, null);
        await _bench.Get<SubmissionRepository>().SaveAsync(new SubmissionRecord(summary, $"{folder}/return.xlsx", $"{folder}/{id}.xlsx", $"{folder}/{id}-feedback.xlsx"));
        return outcome.Accepted;
    }
}
