using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ukspf.Bench.Harness;
using Ukspf.Bench.Workloads;
using Ukspf.Domain.Submissions;
using Ukspf.Application;
using Ukspf.Application.Ingest;

namespace Ukspf.Bench.Ingesting;

/// <summary>
/// A child process that ingests the first N returns of a kit into a copy of its store (a folder of the embedded store,
/// or Azurite seeded from it, reached through the SDK), one after another as blob triggers would, and reports each
/// ingest's time and the process's peak RSS at the end.
/// </summary>
public static class IngestRun
{
    /// <summary>What the child prints (as one JSON line), then the number accepted on a line of its own.</summary>
    /// <param name="Seconds">Each ingest's time.</param>
    /// <param name="AllocatedBytes">What each ingest allocated.</param>
    /// <param name="Accepted">Returns accepted.</param>
    /// <param name="Rejected">Returns rejected.</param>
    /// <param name="PeakRssBytes">The process's peak RSS at the end.</param>
    /// <param name="LiveHeapBytes">The managed heap still reachable after the round, after a full collection: what a leak would grow.</param>
    /// <param name="GcCommittedBytes">Memory the garbage collector had committed at the end, before that collection.</param>
    /// <param name="FirstRejection">The first rejection's council and reason, if any.</param>
    public sealed record Outcome(double[] Seconds, long[] AllocatedBytes, int Accepted, int Rejected, long? PeakRssBytes, long LiveHeapBytes, long GcCommittedBytes, string? FirstRejection);

    /// <param name="store">A store folder, or <see cref="BenchStore.ConnectionPrefix"/> and a connection string.</param>
    /// <param name="returnsFolder">The kit's returns.</param>
    /// <param name="count">How many of them to ingest.</param>
    /// <param name="cold">
    /// A cold run: the returns are in the store's inbox already (<see cref="PlaceInInboxAsync"/>), as they are when a
    /// blob trigger starts a cold function, and the child prints only its peak RSS and count, so that its time is the
    /// function's work and start-up, not the benchmark's bookkeeping.
    /// </param>
    public static async Task<int> RunAsync(string store, string returnsFolder, int count, bool cold = false)
    {
        var files = Directory.GetFiles(returnsFolder, "*.xlsx").Order(StringComparer.Ordinal).ToList();
        var councils = BenchCouncils.Create(files.Count);
        using var bench = BenchStore.At(store, councils.Register, FixedClock.AtReceipt);
        var ingest = bench.Get<IngestReturn>();
        var seconds = new List<double>();
        var allocated = new List<long>();
        int accepted = 0, rejected = 0;
        string? firstRejection = null;
        foreach (var file in files.Take(count))
        {
            var blob = InboxBlobOf(file);
            // The council's upload lands in the inbox before the trigger fires: not part of the function's work.
            if (!cold)
                await UploadAsync(bench, blob, file);

            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            await using var content = File.OpenRead(file);
            var result = await ingest.RunAsync(blob, content);
            seconds.Add(watch.Elapsed.TotalSeconds);
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            if (result.Status == SubmissionStatus.Accepted) accepted++;
            else
            {
                rejected++;
                firstRejection ??= $"{blob.Lla}: {result.Reason}";
            }
        }
        var peak = PeakMemory.Read();
        if (cold)
        {
            Console.WriteLine($"{ColdRunner.PeakRssPrefix}{peak}");
            Console.WriteLine(accepted);
            return 0;
        }
        var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
        var live = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(JsonSerializer.Serialize(new Outcome(seconds.ToArray(), allocated.ToArray(), accepted, rejected, peak, live, committed, firstRejection), OutcomeJsonContext.Default.Outcome));
        Console.WriteLine($"{ColdRunner.PeakRssPrefix}{peak}");
        Console.WriteLine(accepted);
        return 0;
    }

    /// <summary>Uploads the first <paramref name="count"/> returns of the kit into the inbox of the store folder, as councils would.</summary>
    public static async Task PlaceInInboxAsync(string storeFolder, string returnsFolder, int count)
    {
        var files = Directory.GetFiles(returnsFolder, "*.xlsx").Order(StringComparer.Ordinal).Take(count).ToList();
        using var bench = BenchStore.Open(storeFolder, BenchCouncils.Create(files.Count).Register, FixedClock.AtReceipt);
        foreach (var file in files)
            await UploadAsync(bench, InboxBlobOf(file), file);
    }

    private static InboxBlob InboxBlobOf(string file) => new(BenchRound.Id.ToString(), RoundKit.CouncilOf(file), "return.xlsx");

    private static async Task UploadAsync(BenchStore bench, InboxBlob blob, string file)
    {
        await using var upload = File.OpenRead(file);
        await bench.Blobs.UploadAsync(StorageNames.InboxContainer, blob.BlobName, upload);
    }

    public static Outcome Parse(string output) =>
        JsonSerializer.Deserialize(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0], OutcomeJsonContext.Default.Outcome)
        ?? throw new InvalidOperationException($"The ingest run printed nothing usable: {output}");
}

/// <summary>The outcome's JSON, generated at build time, so that printing it costs the cold child no reflection-based serializer start-up.</summary>
[JsonSerializable(typeof(IngestRun.Outcome))]
internal sealed partial class OutcomeJsonContext : JsonSerializerContext;
