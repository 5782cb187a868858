namespace Ukspf.Domain.Returns;

/// <summary>The worksheet row a line was read from, and the column letter of each template column, so findings can name cells.</summary>
/// <param name="Sheet">The sheet name.</param>
/// <param name="Row">The 1-based row number.</param>
/// <param name="Columns">Template column key to column letter, e.g. "CapitalActual" to "F".</param>
public sealed record SourceRow(string Sheet, int Row, IReadOnlyDictionary<string, string> Columns)
{
    /// <summary>The cell of one template column on this row, or the whole row when the column is unknown.</summary>
    public CellLocation At(string columnKey) =>
        Columns.TryGetValue(columnKey, out var col) ? new CellLocation(Sheet, $"{col}{Row}") : Whole;

    /// <summary>The whole row, as a range from its first to its last known column.</summary>
    public CellLocation Whole => Columns.Count == 0
        ? new CellLocation(Sheet, $"{Row}:{Row}")
        : new CellLocation(Sheet, $"{Columns.Values.OrderBy(c => c.Length).ThenBy(c => c, StringComparer.Ordinal).First()}{Row}:{Columns.Values.OrderBy(c => c.Length).ThenBy(c => c, StringComparer.Ordinal).Last()}{Row}");
}
