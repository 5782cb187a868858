using System.Diagnostics;
using System.Globalization;
using Ukspf.Bench.Harness;
using Ukspf.Bench.Report;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Validation;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Bench.Reading;

/// <summary>Where ours' time goes on the large return: reading, parsing, and each validation rule, timed apart (warm).</summary>
public static class ReadProfile
{
    public static Table Run(byte[] xlsx, int runs)
    {
        var times = new Dictionary<string, List<double>>();
        var order = new List<string>();
        void Add(string step, double seconds)
        {
            if (!times.TryGetValue(step, out var list))
            {
                times[step] = list = [];
                order.Add(step);
            }
            list.Add(seconds);
        }

        for (var run = -1; run < runs; run++)
        {
            Interleaved.Settle();
            var sections = Once(xlsx);
            if (run < 0) continue;
            foreach (var (step, seconds) in sections) Add(step, seconds);
        }
        var medians = order.Select(s => (Step: s, Median: new Samples(times[s]).Median)).ToList();
        var total = medians.Sum(m => m.Median);
        var againstPrevious = AgainstPrevious(xlsx);
        return new Table(
            $"Where ours' time goes on this return: each step timed apart (warm, median of {runs} runs):",
            ["step", "median", "share"],
            medians.Select(m => (IReadOnlyList<string>)[m.Step, Format.Time(m.Median), (m.Median / total).ToString("P0", CultureInfo.InvariantCulture)])
                .Append(["all steps", Format.Time(total), "100 %"])
                .Concat(againstPrevious.Select(p => (IReadOnlyList<string>)[p.Step, Format.Time(p.Seconds), "not in the total"]))
                .ToList());
    }

    // The first return of a council has nothing to compare with; every later one is checked against the last accepted
    // one by R04 and R10. One run each: what a council's second return would add.
    private static List<(string Step, double Seconds)> AgainstPrevious(byte[] xlsx)
    {
        var parsed = ReturnParser.Parse(new ReturnReader().Read(new MemoryStream(xlsx, writable: false), "return.xlsx"));
        if (parsed.Return is null) return [];
        var context = LargeReturn.Context(parsed.Return, LargeReturn.Previous(parsed.Return));
        var steps = new List<(string, double)>();
        foreach (var rule in Validator.AllRules.Where(r => r.Id is RuleIds.Cumulative or RuleIds.Variance))
        {
            Interleaved.Settle();
            var watch = Stopwatch.StartNew();
            var findings = rule.Check(context).Count();
            steps.Add(($"rule {rule.Id} ({rule.GetType().Name}) against the previous return, one run ({findings} findings)", watch.Elapsed.TotalSeconds));
        }
        return steps;
    }

    private static List<(string, double)> Once(byte[] xlsx)
    {
        var sections = new List<(string, double)>();
        var watch = Stopwatch.StartNew();
        var content = new ReturnReader().Read(new MemoryStream(xlsx, writable: false), "return.xlsx");
        sections.Add(("read (ReturnReader)", watch.Elapsed.TotalSeconds));
        watch.Restart();
        var parsed = ReturnParser.Parse(content);
        sections.Add(("parse (ReturnParser)", watch.Elapsed.TotalSeconds));
        if (parsed.Return is null) return sections;
        var context = LargeReturn.Context(parsed.Return);
        var findings = new List<Finding>(parsed.Findings);
        foreach (var rule in Validator.AllRules)
        {
            watch.Restart();
            findings.AddRange(rule.Check(context));
            sections.Add(($"rule {rule.Id} ({rule.GetType().Name})", watch.Elapsed.TotalSeconds));
        }
        watch.Restart();
        GC.KeepAlive(Validator.Order(findings));
        sections.Add(("order the findings", watch.Elapsed.TotalSeconds));
        return sections;
    }
}
