using System.Globalization;

namespace Ukspf.Bench.Report;

/// <summary>How figures are written in the report.</summary>
public static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Seconds as ms below 10 s, else as s, to three significant figures.</summary>
    public static string Time(double seconds) => seconds < 10
        ? (seconds * 1000).ToString(seconds < 0.01 ? "0.00" : seconds < 0.1 ? "0.0" : "0", Invariant) + " ms"
        : seconds.ToString("0.0", Invariant) + " s";

    public static string Ratio(double ratio) => ratio.ToString(ratio < 10 ? "0.00" : "0.0", Invariant) + "x";

    public static string Percent(double share) => "±" + (share * 100).ToString("0", Invariant) + "%";

    public static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.0", Invariant) + " MB";

    public static string Count(long count) => count.ToString("N0", Invariant);
}
