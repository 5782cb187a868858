using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ukspf.Bench.Reading;

/// <summary>The Open XML SDK's DOM: each wanted worksheet loaded whole, then every cell visited.</summary>
public static class OpenXmlDomReader
{
    public static long Read(Stream xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        long cells = 0;
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>().Where(s => ReadSheets.Names.Contains(s.Name!.Value!)))
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet;
            foreach (var row in worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
            {
                foreach (var cell in row.Elements<Cell>())
                {
                    var value = cell.CellValue is { } v
                        ? cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(v.Text, System.Globalization.CultureInfo.InvariantCulture)] : v.Text
                        : cell.InlineString?.InnerText;
                    if (value is not null) cells++;
                }
            }
        }
        return cells;
    }
}
