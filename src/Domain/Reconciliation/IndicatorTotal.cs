namespace Ukspf.Domain.Reconciliation;

/// <summary>A project's cumulative actual for one indicator, as one return reported it (its lines for the pair summed).</summary>
/// <param name="ProjectRef">The project, trimmed.</param>
/// <param name="IndicatorCode">The indicator, trimmed.</param>
/// <param name="CumulativeActual">Delivered to date.</param>
public sealed record IndicatorTotal(string ProjectRef, string IndicatorCode, decimal CumulativeActual)
{
    /// <summary>
    /// How a project and indicator are matched across returns: both trimmed, ignoring case. Compares the text in
    /// place, so matching a return's lines makes no string per line.
    /// </summary>
    internal static IEqualityComparer<(string Project, string Indicator)> KeyComparer { get; } = new PairComparer();

    /// <summary>
    /// The order a council's indicator findings are listed in: by project then indicator, their trimmed upper-cased
    /// text compared with the default (culture-sensitive) comparer of the pair. Only made for findings, never per line.
    /// </summary>
    internal static (string Project, string Indicator) SortKey(string projectRef, string indicatorCode) =>
        (projectRef.Trim().ToUpperInvariant(), indicatorCode.Trim().ToUpperInvariant());

    private sealed class PairComparer : IEqualityComparer<(string Project, string Indicator)>
    {
        public bool Equals((string Project, string Indicator) x, (string Project, string Indicator) y) =>
            Same(x.Project, y.Project) && Same(x.Indicator, y.Indicator);

        public int GetHashCode((string Project, string Indicator) key) =>
            HashCode.Combine(Hash(key.Project), Hash(key.Indicator));

        private static bool Same(string a, string b) => a.AsSpan().Trim().Equals(b.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

        private static int Hash(string text) => string.GetHashCode(text.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
