using System.Diagnostics;
using System.Text.Json;
using Ukspf.Bench.Harness;
using Ukspf.Bench.Workloads;
using Ukspf.Domain.Submissions;
using Ukspf.Functions;
using Ukspf.Functions.Ingest;

namespace Ukspf.Bench.Ingesting;

/// <summary>
/// A child process that ingests the first N returns of a kit into a copy of its store, one after another as blob
/// triggers would, and reports each ingest's time and the process's peak RSS at the end.
/// </summary>
public static class IngestRun
{
    /// <summary>What the child prints (as one JSON line), then the number accepted on a line of its own.</summary>
    public sealed record Outcome(double[] Seconds, int Accepted, int Rejected, long? PeakRssBytes, string? FirstRejection);

    public static async Task<int> RunAsync(string storeFolder, string returnsFolder, int count)
    {
        var files = Directory.GetFiles(returnsFolder, "*.xlsx").Order(StringComparer.Ordinal).ToList();
        var councils = BenchCouncils.Create(files.Count);
        using var bench = BenchStore.Open(storeFolder, councils.Register, FixedClock.AtReceipt);
        var ingest = bench.Get<IngestReturn>();
        var seconds = new List<double>();
        int accepted = 0, rejected = 0;
        string? firstRejection = null;
        foreach (var file in files.Take(count))
        {
            var blob = new InboxBlob(BenchRound.Id.ToString(), RoundKit.CouncilOf(file), "return.xlsx");
            // The council's upload lands in the inbox before the trigger fires: not part of the function's work.
            await using (var upload = File.OpenRead(file))
                await bench.Store.Blobs.UploadAsync(StorageNames.InboxContainer, blob.BlobName, upload);

            var watch = Stopwatch.StartNew();
            await using var content = File.OpenRead(file);
            var result = await ingest.RunAsync(blob, content);
            seconds.Add(watch.Elapsed.TotalSeconds);
            if (result.Status == SubmissionStatus.Accepted) accepted++;
            else
            {
                rejected++;
                firstRejection ??= $"{blob.Lla}: {result.Reason}";
            }
        }
        Console.WriteLine(JsonSerializer.Serialize(new Outcome(seconds.ToArray(), accepted, rejected, PeakMemory.Read(), firstRejection)));
        Console.WriteLine($"{ColdRunner.PeakRssPrefix}{PeakMemory.Read()}");
        Console.WriteLine(accepted);
        return 0;
    }

    public static Outcome Parse(string output) =>
        JsonSerializer.Deserialize<Outcome>(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0])
        ?? throw new InvalidOperationException($"The ingest run printed nothing usable: {output}");
}
