namespace Ukspf.Bench.Harness;

/// <summary>
/// Runs contenders in rounds, each once per round, so that a noisy moment on a shared machine lands on all of them
/// rather than on whichever happened to be running. Warm-up rounds are run and thrown away first; a contender whose
/// first run shows its runs would overrun <see cref="RunBudget"/> gets fewer.
/// </summary>
public static class Interleaved
{
    public static IReadOnlyDictionary<string, Measurement> Run(IReadOnlyList<Contender> contenders, int warmups, int runs, Action<string>? log = null)
    {
        var seconds = contenders.ToDictionary(c => c.Name, _ => new List<double>());
        var counts = contenders.ToDictionary(c => c.Name, _ => new HashSet<long>());
        var bytes = contenders.ToDictionary(c => c.Name, _ => new List<long>());
        var wanted = contenders.ToDictionary(c => c.Name, _ => runs);
        for (var round = -warmups; round < runs; round++)
        {
            foreach (var contender in contenders)
            {
                if (round >= wanted[contender.Name]) continue;
                Settle();
                var result = contender.Run();
                counts[contender.Name].Add(result.Count);
                if (round >= 0) seconds[contender.Name].Add(result.Seconds);
                if (round >= 0 && result.Bytes is { } b) bytes[contender.Name].Add(b);
                if (round == -warmups) wanted[contender.Name] = RunBudget.Runs(result.Seconds, runs);
                log?.Invoke($"  {(round < 0 ? "warm-up" : $"run {round + 1}/{wanted[contender.Name]}")} {contender.Name}: {result.Seconds * 1000:0.0} ms");
            }
        }
        return contenders.ToDictionary(c => c.Name, c => new Measurement(new Samples(seconds[c.Name]), counts[c.Name].Max(), counts[c.Name].Count == 1, Median(bytes[c.Name])));
    }

    /// <summary>The median of memory figures, or null when there are none.</summary>
    public static long? Median(List<long> values)
    {
        if (values.Count == 0) return null;
        values.Sort();
        return values[values.Count / 2];
    }

    /// <summary>Collects garbage left by the previous run so that it is not charged to the next.</summary>
    public static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
