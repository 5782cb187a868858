using System.Globalization;

namespace Ukspf.Bench.Harness;

/// <summary>
/// Times first runs in fresh processes from outside: process start to exit, so runtime start-up, assembly loading
/// and JIT are all in the figure, as in a Functions cold start. Commands run interleaved, after warm-up rounds
/// that bring files into the page cache; a command whose first run overruns <see cref="RunBudget"/> gets fewer runs.
/// </summary>
public static class ColdRunner
{
    public static IReadOnlyDictionary<string, Measurement> Run(IReadOnlyList<ColdCommand> commands, int warmups, int runs, Action<string>? log = null)
    {
        var seconds = commands.ToDictionary(c => c.Name, _ => new List<double>());
        var counts = commands.ToDictionary(c => c.Name, _ => new HashSet<long>());
        var rss = commands.ToDictionary(c => c.Name, _ => new List<long>());
        var wanted = commands.ToDictionary(c => c.Name, _ => runs);
        for (var round = -warmups; round < runs; round++)
        {
            foreach (var command in commands)
            {
                if (round >= wanted[command.Name]) continue;
                command.Prepare?.Invoke();
                var (elapsed, output) = ChildProcess.RunTimed(command.Start());
                counts[command.Name].Add(LastNumber(output));
                if (round >= 0) seconds[command.Name].Add(elapsed);
                if (round >= 0 && PeakRss(output) is { } peak) rss[command.Name].Add(peak);
                if (round == -warmups) wanted[command.Name] = RunBudget.Runs(elapsed, runs);
                log?.Invoke($"  {(round < 0 ? "warm-up" : $"cold {round + 1}/{wanted[command.Name]}")} {command.Name}: {elapsed * 1000:0} ms");
            }
        }
        return commands.ToDictionary(c => c.Name, c => new Measurement(new Samples(seconds[c.Name]), counts[c.Name].Max(), counts[c.Name].Count == 1, Interleaved.Median(rss[c.Name])));
    }

    /// <summary>The line a cold child prints before its count, so its memory can be reported: "peak-rss BYTES".</summary>
    public const string PeakRssPrefix = "peak-rss ";

    private static long? PeakRss(string output)
    {
        var line = output.Split('\n', StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith(PeakRssPrefix, StringComparison.Ordinal));
        return line is not null && long.TryParse(line[PeakRssPrefix.Length..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static long LastNumber(string output)
    {
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return long.TryParse(last, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidOperationException($"A cold run printed no count: '{output.Trim()}'.");
    }
}
