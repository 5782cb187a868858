using System.Globalization;
using System.Text;

namespace Ukspf.Bench.Report;

/// <summary>Writes a run as Markdown: per workload, the figures with their ratios to the floor, the targets and further tables.</summary>
public static class MarkdownReport
{
    public static string Write(BenchReport report)
    {
        var md = new StringBuilder();
        md.AppendLine("# UKSPF Returns benchmark results").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Run {report.Started:yyyy-MM-dd HH:mm} UTC, {report.TotalSeconds:0} s in all{(report.Settings.Smoke ? ", **smoke sizes: not meaningful figures**" : "")}.");
        var m = report.Machine;
        md.AppendLine(CultureInfo.InvariantCulture, $"Machine: {m.Cpu}, {m.Cores} cores, {Format.Megabytes(m.MemoryBytes)}; {m.Os}; {m.Dotnet} ({m.Configuration}); {m.Python ?? "no Python"}, openpyxl {m.Openpyxl ?? "missing"}; {m.Azurite ?? "no Azurite"}.");
        md.AppendLine(CultureInfo.InvariantCulture, $"Each warm figure: {report.Settings.Warmups} warm-up and {report.Settings.Runs} timed runs in one process, contenders interleaved; each cold figure: {report.Settings.ColdRuns} fresh processes (after a warm-up one), timed from process start to exit. A figure whose first run showed that its runs would take over {report.Settings.BudgetSeconds:0} s got fewer (the \"runs\" column).");
        md.AppendLine("Times are medians; \"min–max\" (10th to 90th percentile for 20 runs or more) and \"±\" (half that range over the median) show the spread; ratios are medians over the floor's median measured in the same run, with the ratio of the fastest runs beside it. \"memory\" is what a warm run allocated, or a cold process's peak RSS (medians).").AppendLine();

        var leftOut = report.Workloads.SelectMany(w => w.LeftOutFigures.Select(l => $"{w.Id}: {l}")).ToList();
        if (leftOut.Count > 0)
        {
            md.AppendLine("## Left out of this run").AppendLine();
            foreach (var line in leftOut) md.AppendLine(CultureInfo.InvariantCulture, $"- **{line}.**");
            md.AppendLine();
        }

        md.AppendLine("## Targets").AppendLine();
        md.AppendLine("| workload | target | limit | measured (median) | fastest runs | met |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var w in report.Workloads)
            foreach (var t in w.Targets)
                md.AppendLine(CultureInfo.InvariantCulture, $"| {w.Id} | {t.Target} | {(t.Limit is { } limit ? $"{(t.AtMost ? "≤" : "≥")} {Number(limit)}" : "none")} | {Number(t.Measured)} | {(t.Best is { } b ? Number(b) : "")} | {(t.Limit is null ? "reported" : t.Met ? "yes" : "**no**")} |");
        md.AppendLine();

        foreach (var w in report.Workloads) Workload(md, w);
        return md.ToString();
    }

    private static void Workload(StringBuilder md, WorkloadResult w)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"## {w.Id}: {w.Title}").AppendLine();
        foreach (var line in w.LeftOutFigures) md.AppendLine(CultureInfo.InvariantCulture, $"**Left out: {line}.**").AppendLine();
        foreach (var line in w.Setup) md.AppendLine(CultureInfo.InvariantCulture, $"- {line}");
        md.AppendLine();
        if (w.Figures.Count > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| contender | kind | runs | median | min–max | spread | {(w.Baseline is null ? "" : "× floor (median) | × floor (fastest) | ")}memory | count |");
            md.AppendLine(w.Baseline is null ? "|---|---|---|---|---|---|---|---|" : "|---|---|---|---|---|---|---|---|---|---|");
            foreach (var f in w.Figures)
            {
                var s = f.Samples;
                var ratios = "";
                if (w.Baseline is not null)
                {
                    var b = w.BaselineFor(f);
                    ratios = b is null ? " | |" : $" {Format.Ratio(s.Median / b.Samples.Median)} | {Format.Ratio(s.Min / b.Samples.Min)} |";
                }
                md.AppendLine(CultureInfo.InvariantCulture, $"| {f.Contender}{(f.Note is null ? "" : $" ({f.Note})")} | {f.Kind} | {s.Seconds.Count} | {Format.Time(s.Median)} | {Format.Time(s.Low)}–{Format.Time(s.High)} | {Format.Percent(s.Spread)} |{ratios} {Memory(f)} | {Format.Count(f.Count)} |");
            }
            md.AppendLine();
        }
        foreach (var table in w.Tables)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{table.Title}").AppendLine();
            md.AppendLine("| " + string.Join(" | ", table.Columns) + " |");
            md.AppendLine("|" + string.Concat(table.Columns.Select(_ => "---|")));
            foreach (var row in table.Rows) md.AppendLine("| " + string.Join(" | ", row) + " |");
            md.AppendLine();
        }
        foreach (var note in w.Notes) md.AppendLine(note).AppendLine();
    }

    private static string Memory(Figure f) => f.Bytes is not { } bytes ? ""
        : f.Kind.StartsWith("cold", StringComparison.Ordinal) ? $"peak RSS {Format.Megabytes(bytes)}"
        : $"{Format.Megabytes(bytes)} allocated";

    private static string Number(double value) => value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);
}
