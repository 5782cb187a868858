using Ukspf.Bench.Harness;
using Ukspf.Bench.Workloads;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Submissions;
using Ukspf.Application;
using Ukspf.Application.Allocations;
using Ukspf.Application.Ingest;
using Ukspf.Application.Rounds;

namespace Ukspf.Bench.Reading;

/// <summary>
/// Workload 1's large return ingested end to end by <see cref="IngestReturn"/> (archive, read, validate, store,
/// feedback workbook), once, in a fresh child process on a fresh store: what the function's memory peaks at for
/// the largest return a council might send.
/// </summary>
public static class LargeIngest
{
    /// <summary>A store with the large return's council, allocations and round, as ingesting it needs.</summary>
    public static async Task CreateStoreAsync(string folder)
    {
        using var bench = BenchStore.Open(folder, CouncilRegister.Default, FixedClock.AtReceipt);
        await bench.Get<StorageSetup>().EnsureAsync();
        await bench.Get<AllocationRepository>().SaveAsync(LargeReturn.Allocations.All);
        await bench.Get<RoundRepository>().SaveAsync(BenchRound.Open);
    }

    /// <summary>The child: ingests <paramref name="file"/> once, prints its peak RSS, then 1 if it was accepted (0 if not).</summary>
    public static async Task<int> RunAsync(string store, string file)
    {
        using var bench = BenchStore.Open(store, CouncilRegister.Default, FixedClock.AtReceipt);
        var blob = new InboxBlob(BenchRound.Id.ToString(), LargeReturn.Council.Code, "large-return.xlsx");
        await using (var upload = File.OpenRead(file))
            await bench.Blobs.UploadAsync(StorageNames.InboxContainer, blob.BlobName, upload);
        await using var content = File.OpenRead(file);
        var result = await bench.Get<IngestReturn>().RunAsync(blob, content);
        Console.WriteLine($"{ColdRunner.PeakRssPrefix}{PeakMemory.Read()}");
        if (result.Status != SubmissionStatus.Accepted) Console.Error.WriteLine($"The large return was {result.Status}: {result.Reason}");
        Console.WriteLine(result.Status == SubmissionStatus.Accepted ? 1 : 0);
        return 0;
    }
}
