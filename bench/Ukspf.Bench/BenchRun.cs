using System.Diagnostics;
using Ukspf.Bench.Harness;
using Ukspf.Bench.Ingesting;
using Ukspf.Bench.Publishing;
using Ukspf.Bench.Reading;
using Ukspf.Bench.Report;

namespace Ukspf.Bench;

/// <summary>A whole benchmark run: builds the workloads, measures them and writes the Markdown and JSON reports.</summary>
public static class BenchRun
{
    public static async Task<int> MainAsync(IReadOnlyList<string> args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return Usage();
        }
#if DEBUG
        Console.Error.WriteLine("Warning: a Debug build; run with -c Release for meaningful figures.");
#endif
        RunBudget.Seconds = options.Budget;
        Directory.CreateDirectory(options.Out);
        Directory.CreateDirectory(options.Work);
        var started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        void Log(string line) => Console.WriteLine($"[{watch.Elapsed:mm\\:ss}] {line}");
        try
        {
            var workloads = new List<WorkloadResult>();
            if (options.Only.Contains("w1")) workloads.Add(await ReadWorkload.RunAsync(options, Log));
            if (options.Only.Contains("w2")) workloads.Add(await IngestWorkload.RunAsync(options, Log));
            if (options.Only.Contains("w3")) workloads.Add(await PublishWorkload.RunAsync(options, Log));
            var report = new BenchReport(MachineProbe.Describe(), new RunSettings(options.Smoke, options.Warmups, options.Runs, options.ColdRuns, RunBudget.Seconds),
                started, watch.Elapsed.TotalSeconds, workloads);
            var markdown = Path.Combine(options.Out, options.Smoke ? "smoke.md" : "benchmarks.md");
            var json = Path.Combine(options.Out, options.Smoke ? "smoke.json" : "benchmarks.json");
            File.WriteAllText(markdown, MarkdownReport.Write(report));
            File.WriteAllText(json, JsonReport.Write(report));
            Log($"Wrote {markdown} and {json}");
            return 0;
        }
        finally
        {
            if (!options.KeepWork && Directory.Exists(options.Work)) Directory.Delete(options.Work, recursive: true);
        }
    }

    /// <summary>Prints where ours' time goes reading and validating <paramref name="file"/> (a return of workload 1's council).</summary>
    public static int Profile(string file)
    {
        var table = ReadProfile.Run(File.ReadAllBytes(file), runs: 3);
        Console.WriteLine(table.Title);
        foreach (var row in table.Rows) Console.WriteLine(string.Join("  ", row));
        return 0;
    }

    public static int Usage()
    {
        Console.Error.WriteLine("""
            Usage: Ukspf.Bench all [--out DIR] [--smoke] [--runs N] [--cold-runs N] [--warmups N] [--budget S] [--only w1,w2,w3] [--work DIR] [--keep-work]
                   Ukspf.Bench profile FILE   time ours' steps (read, parse, each rule) on a return kept with --keep-work
              --out        where benchmarks.md and benchmarks.json go (smoke.md/.json with --smoke); default bench/results
              --smoke      tiny sizes, two runs each: checks every workload runs, in well under a minute
              --only       run some workloads: w1 read one large return, w2 ingest a round, w3 reconcile and publish
                           (w2 and w3 also on Azurite through the SDK when Node and `npm ci` are there)
              --budget     seconds one figure may take (default 120); a figure whose first run shows it would overrun gets fewer runs
            """);
        return 2;
    }
}
