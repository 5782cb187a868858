namespace Ukspf.Workbooks.Reading;

/// <summary>A sheet of the workbook.</summary>
/// <param name="Name">The sheet name.</param>
/// <param name="PartPath">The worksheet part, or null for a chart sheet or other kind of sheet.</param>
internal sealed record SheetEntry(string Name, string? PartPath);
