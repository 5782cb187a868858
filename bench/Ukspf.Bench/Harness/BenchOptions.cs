using System.Globalization;

namespace Ukspf.Bench.Harness;

/// <summary>
/// The command line of a benchmark run:
/// <c>all [--out DIR] [--work DIR] [--smoke] [--runs N] [--warmups N] [--cold-runs N] [--only w1,w2,w3] [--budget SECONDS] [--keep-work]</c>.
/// </summary>
public sealed record BenchOptions
{
    public string Out { get; init; } = Path.Combine("bench", "results");

    /// <summary>Where generated workbooks and stores go; removed at the end unless <see cref="KeepWork"/>.</summary>
    public string Work { get; init; } = Path.Combine(Path.GetTempPath(), $"ukspf-bench-{Environment.ProcessId}");

    /// <summary>Tiny sizes and fewer runs: checks every path in well under a minute; the figures mean nothing.</summary>
    public bool Smoke { get; init; }

    public int Warmups { get; init; } = 1;

    /// <summary>Timed warm runs: more than the five the issue asks for, since the fast contenders' medians move with the machine.</summary>
    public int Runs { get; init; } = 10;

    public int ColdRuns { get; init; } = 5;

    public bool KeepWork { get; init; }

    /// <summary>Seconds one figure may take before it gets fewer runs (see <see cref="RunBudget"/>).</summary>
    public double Budget { get; init; } = 120;

    public IReadOnlySet<string> Only { get; init; } = new HashSet<string> { "w1", "w2", "w3" };

    /// <exception cref="ArgumentException">An option is unknown or lacks its value.</exception>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        var runsGiven = false;
        var coldGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--out": options = options with { Out = Value() }; break;
                case "--work": options = options with { Work = Value() }; break;
                case "--smoke": options = options with { Smoke = true }; break;
                case "--keep-work": options = options with { KeepWork = true }; break;
                case "--runs": options = options with { Runs = Positive(Value()) }; runsGiven = true; break;
                case "--cold-runs": options = options with { ColdRuns = Positive(Value()) }; coldGiven = true; break;
                case "--budget": options = options with { Budget = Positive(Value()) }; break;
                case "--warmups": options = options with { Warmups = int.Parse(Value(), CultureInfo.InvariantCulture) }; break;
                case "--only": options = options with { Only = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet() }; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }
        if (options.Smoke && !runsGiven) options = options with { Runs = 2 };
        if (options.Smoke && !coldGiven) options = options with { ColdRuns = 2 };
        return options;
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"'{text}' is not a positive number of runs.");
}
