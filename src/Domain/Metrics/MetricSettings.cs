namespace Ukspf.Domain.Metrics;

/// <summary>Thresholds of the metrics; defaults are this project's and configurable.</summary>
public sealed record MetricSettings
{
    /// <summary>Forecast outturn at or above this share of allocation is Green.</summary>
    public decimal GreenFrom { get; init; } = 0.95m;

    /// <summary>Forecast outturn at or above this share (and below Green) is Amber; below is Red.</summary>
    public decimal AmberFrom { get; init; } = 0.85m;

    /// <summary>An indicator is on track when delivery is at least time elapsed minus this (10 points).</summary>
    public decimal OnTrackTolerance { get; init; } = 0.10m;

    /// <summary>
    /// Titles of the indicators whose cumulative actuals make up jobs (FTE); found in the catalogue by title so a
    /// re-coded catalogue keeps working.
    /// </summary>
    public IReadOnlyList<string> JobIndicatorTitles { get; init; } = ["Jobs created", "Jobs safeguarded"];
}
