using ClosedXML.Excel;
using Ukspf.Domain.Template;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Workbooks.Template;

/// <summary>The hidden sheet holding the drop-down values, one column and one defined name per list.</summary>
internal static class ListsSheet
{
    /// <summary>Adds the sheet, hidden, and defines a name over each list's values.</summary>
    public static void Build(XLWorkbook workbook, TemplateRequest request)
    {
        var sheet = workbook.Worksheets.Add(TemplateSchema.Sheets.Lists);
        sheet.Visibility = XLWorksheetVisibility.Hidden;
        var column = 1;
        foreach (var (name, values) in TemplateLists.For(request))
        {
            TemplateStyles.Label(sheet.Cell(1, column).SetValue(name).Style);
            sheet.Column(column).Width = Math.Clamp(values.Count == 0 ? 12 : values.Max(v => v.Length) + 2, 12, 100);
            for (var i = 0; i < values.Count; i++) sheet.Cell(i + 2, column).SetValue(values[i]);
            // A list with no values still needs a cell to refer to, or Excel reports the name as broken.
            workbook.NamedRanges.Add(name, CellAddress.SheetRange(TemplateSchema.Sheets.Lists, column, 2, column, Math.Max(2, values.Count + 1)));
            column++;
        }
    }
}
