using System.Diagnostics;

namespace Ukspf.Bench.Harness;

/// <summary>Something measured warm: a name and one run of its work.</summary>
public sealed record Contender(string Name, Func<RunResult> Run)
{
    /// <summary>A contender whose work runs in this process and returns the number of values it produced.</summary>
    /// <remarks>Allocations are counted process-wide, so work that hops threads (async storage calls) is counted whole.</remarks>
    public static Contender InProcess(string name, Func<long> work) => new(name, () =>
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var count = work();
        watch.Stop();
        return new RunResult(watch.Elapsed.TotalSeconds, count, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    });
}
