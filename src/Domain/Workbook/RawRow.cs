namespace Ukspf.Domain.Workbook;

/// <summary>One non-empty data row of an input table.</summary>
/// <param name="Row">1-based row number in the sheet.</param>
/// <param name="Cells">The row's cells keyed by template column key; columns missing from the sheet are absent.</param>
public sealed record RawRow(int Row, IReadOnlyDictionary<string, RawCell> Cells);
