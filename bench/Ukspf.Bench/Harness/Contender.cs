using System.Diagnostics;

namespace Ukspf.Bench.Harness;

/// <summary>Something measured warm: a name and one run of its work.</summary>
public sealed record Contender(string Name, Func<RunResult> Run)
{
    /// <summary>A contender whose work runs in this process and returns the number of values it produced.</summary>
    public static Contender InProcess(string name, Func<long> work) => new(name, () =>
    {
        var watch = Stopwatch.StartNew();
        var count = work();
        watch.Stop();
        return new RunResult(watch.Elapsed.TotalSeconds, count);
    });
}
