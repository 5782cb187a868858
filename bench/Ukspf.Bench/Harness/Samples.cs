namespace Ukspf.Bench.Harness;

/// <summary>The timed runs of one measurement, in seconds, in the order they ran.</summary>
public sealed class Samples
{
    public Samples(IEnumerable<double> seconds)
    {
        Seconds = seconds.ToArray();
        if (Seconds.Count == 0) throw new ArgumentException("A measurement needs at least one timed run.", nameof(seconds));
        var sorted = Seconds.Order().ToArray();
        Min = sorted[0];
        Max = sorted[^1];
        Median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public IReadOnlyList<double> Seconds { get; }

    public double Median { get; }

    public double Min { get; }

    public double Max { get; }

    /// <summary>The low end of the spread: the fastest run, or the 10th percentile when there are 20 runs or more.</summary>
    public double Low => Seconds.Count >= ManyRuns ? Quantile(0.1) : Min;

    /// <summary>The high end of the spread: the slowest run, or the 90th percentile when there are 20 runs or more.</summary>
    public double High => Seconds.Count >= ManyRuns ? Quantile(0.9) : Max;

    /// <summary>Half of <see cref="Low"/> to <see cref="High"/> as a share of the median: the "±" a reader should put on the median.</summary>
    public double Spread => Median == 0 ? 0 : (High - Low) / 2 / Median;

    /// <summary>From this many runs on, the spread is given by percentiles, so one stray run does not stand for all.</summary>
    public const int ManyRuns = 20;

    /// <summary>The value at the given quantile (0..1), by nearest rank.</summary>
    public double Quantile(double q)
    {
        var sorted = Seconds.Order().ToArray();
        var rank = (int)Math.Ceiling(q * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
