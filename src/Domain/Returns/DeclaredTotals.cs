namespace Ukspf.Domain.Returns;

/// <summary>The totals row of the Spend sheet as the council's workbook states it (cached formula results or typed values).</summary>
/// <param name="CapitalActual">Total capital actual.</param>
/// <param name="RevenueActual">Total revenue actual.</param>
/// <param name="CapitalForecast">Total capital forecast.</param>
/// <param name="RevenueForecast">Total revenue forecast.</param>
/// <param name="Locations">Cell of each total, keyed by spend column key.</param>
public sealed record DeclaredTotals(
    decimal? CapitalActual,
    decimal? RevenueActual,
    decimal? CapitalForecast,
    decimal? RevenueForecast,
    IReadOnlyDictionary<string, CellLocation>? Locations = null)
{
    /// <summary>The totals that add up exactly to <paramref name="spend"/>, as the template's SUM formulas give them.</summary>
    public static DeclaredTotals Of(IReadOnlyCollection<SpendLine> spend) => new(
        spend.Sum(s => s.CapitalActual), spend.Sum(s => s.RevenueActual), spend.Sum(s => s.CapitalForecast), spend.Sum(s => s.RevenueForecast));
}
