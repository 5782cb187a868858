namespace Ukspf.Workbooks.Feedback;

/// <summary>A sheet as the workbook part lists it.</summary>
/// <param name="Name">Its tab name.</param>
/// <param name="SheetId">Its <c>sheetId</c>.</param>
/// <param name="PartPath">The worksheet part, or null for a chart sheet or other kind of sheet.</param>
internal sealed record WorkbookSheet(string Name, uint SheetId, string? PartPath);
