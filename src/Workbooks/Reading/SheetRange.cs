namespace Ukspf.Workbooks.Reading;

/// <summary>A rectangular area on one sheet, 1-based and inclusive.</summary>
internal readonly record struct SheetRange(string Sheet, int FirstColumn, int FirstRow, int LastColumn, int LastRow);
