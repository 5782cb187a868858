namespace Ukspf.Workbooks.Writing;

/// <summary>A link from a cell to a place in the same workbook.</summary>
/// <param name="Cell">The cell holding the link.</param>
/// <param name="Location">Where it goes, e.g. <c>'Spend'!F12</c>.</param>
internal sealed record SheetHyperlink(CellAddress Cell, string Location);
