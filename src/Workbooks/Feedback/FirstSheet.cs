using DocumentFormat.OpenXml.Spreadsheet;

namespace Ukspf.Workbooks.Feedback;

/// <summary>Puts a new sheet in front of a workbook's own sheets and makes it the one that opens.</summary>
internal static class FirstSheet
{
    /// <summary>A sheet name not yet used in the workbook: "Feedback", else "Feedback 2" and so on.</summary>
    public static string UniqueName(Workbook workbook, string wanted)
    {
        var used = workbook.Sheets?.Elements<Sheet>().Select(s => s.Name?.Value ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var name = wanted;
        for (var n = 2; used.Contains(name); n++) name = $"{wanted} {n}";
        return name;
    }

    /// <summary>Inserts the sheet first and shifts everything that counts sheets by position.</summary>
    public static void Insert(Workbook workbook, string name, string relationshipId)
    {
        var sheets = workbook.Sheets ??= new Sheets();
        var nextId = sheets.Elements<Sheet>().Select(s => s.SheetId?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1;
        sheets.PrependChild(new Sheet { Name = name, SheetId = nextId, Id = relationshipId });

        // Names local to a sheet (print areas, filters) refer to it by position, which has just moved up by one.
        foreach (var definedName in workbook.DefinedNames?.Elements<DefinedName>() ?? [])
        {
            if (definedName.LocalSheetId?.Value is { } position) definedName.LocalSheetId = position + 1;
        }

        foreach (var view in workbook.BookViews?.Elements<WorkbookView>() ?? [])
        {
            view.ActiveTab = null;
            view.FirstSheet = null;
        }
    }

    /// <summary>Unselects the sheet's tab, so only the new first sheet is selected (two selected tabs would group them).</summary>
    public static void Unselect(Worksheet worksheet)
    {
        foreach (var view in worksheet.SheetViews?.Elements<SheetView>() ?? []) view.TabSelected = null;
    }
}
