using System.Text.Json;
using System.Text.Json.Serialization;
using Ukspf.Bench.Harness;

namespace Ukspf.Bench.Report;

/// <summary>Writes a run as JSON: every timed run in seconds, plus the medians, spreads and ratios of the Markdown report.</summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(BenchReport report) => JsonSerializer.Serialize(new
    {
        report.Machine,
        report.Settings,
        report.Started,
        report.TotalSeconds,
        Workloads = report.Workloads.Select(w => new
        {
            w.Id,
            w.Title,
            w.Setup,
            w.Baseline,
            Figures = w.Figures.Select(f => new
            {
                f.Contender,
                f.Kind,
                f.Note,
                f.Count,
                MemoryBytes = f.Bytes,
                Memory = f.Bytes is null ? null : f.Kind == "cold" ? "peak RSS" : "allocated per run",
                Seconds = Times(f.Samples),
                RatioToBaseline = w.BaselineFor(f) is { } b ? f.Samples.Median / b.Samples.Median : (double?)null,
                FastestRatioToBaseline = w.BaselineFor(f) is { } c ? f.Samples.Min / c.Samples.Min : (double?)null,
            }),
            Targets = w.Targets.Select(t => new { t.Target, t.Limit, Bound = t.AtMost ? "at most" : "at least", t.Measured, t.Best, t.Met }),
            w.Tables,
            w.Notes,
            LeftOut = w.LeftOutFigures,
        }),
    }, Options);

    private static object Times(Samples s) => new { s.Median, s.Min, s.Max, s.Low, s.High, s.Spread, Runs = s.Seconds };
}
