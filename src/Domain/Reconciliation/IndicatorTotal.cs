namespace Ukspf.Domain.Reconciliation;

/// <summary>A project's cumulative actual for one indicator, as one return reported it (its lines for the pair summed).</summary>
/// <param name="ProjectRef">The project, trimmed.</param>
/// <param name="IndicatorCode">The indicator, trimmed.</param>
/// <param name="CumulativeActual">Delivered to date.</param>
public sealed record IndicatorTotal(string ProjectRef, string IndicatorCode, decimal CumulativeActual)
{
    /// <summary>How a project and indicator are matched across returns: trimmed, ignoring case.</summary>
    internal static (string Project, string Indicator) Key(string projectRef, string indicatorCode) =>
        (projectRef.Trim().ToUpperInvariant(), indicatorCode.Trim().ToUpperInvariant());
}
