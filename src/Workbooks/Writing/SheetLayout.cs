namespace Ukspf.Workbooks.Writing;

/// <summary>How a written sheet looks before its rows: column widths, frozen rows, extent and selection.</summary>
/// <param name="ColumnWidths">Width of each column from A, in Excel's character units.</param>
/// <param name="FrozenRows">Rows kept in view when scrolling (the header); 0 for none.</param>
/// <param name="LastRow">The last row that will be written, for the sheet's dimension; null when not known ahead.</param>
/// <param name="TabSelected">Whether this is the sheet shown when the workbook opens.</param>
internal sealed record SheetLayout(IReadOnlyList<double> ColumnWidths, int FrozenRows, int? LastRow, bool TabSelected);
