using Ukspf.Bench.Workloads;
using Ukspf.Application.Reconcile;

namespace Ukspf.Bench.Publishing;

/// <summary>A cold run of workload 3 in this fresh process: reconcile the round and publish its workbook once, then print the number of councils.</summary>
public static class ReconcileRun
{
    public static async Task<int> RunAsync(string storeFolder, int councils)
    {
        using var bench = BenchStore.Open(storeFolder, BenchCouncils.Create(councils).Register, FixedClock.AfterDeadline);
        var result = await bench.Get<ReconcileRound>().RunAsync(BenchRound.Id.ToString());
        Console.WriteLine($"{Harness.ColdRunner.PeakRssPrefix}{Harness.PeakMemory.Read()}");
        Console.WriteLine(result.Report.Councils.Count);
        return 0;
    }
}
