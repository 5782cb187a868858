using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ukspf.Cli.Tests;

/// <summary>Reads a workbook back with the Open XML SDK's DOM, independently of the project's own reader.</summary>
internal static class SheetRows
{
    /// <summary>The sheet names of the workbook, in order; throws when the file does not open as a workbook.</summary>
    public static IReadOnlyList<string> SheetNames(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
    }

    /// <summary>Every row of a sheet as its cell texts in column order (numbers as stored, strings resolved).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Read(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return part.Worksheet.Descendants<Row>().Select(row => (IReadOnlyList<string>)row.Elements<Cell>().Select(c => Text(c, shared)).ToList()).ToList();
    }

    private static string Text(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString) return shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)];
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return cell.CellValue?.Text ?? "";
    }
}
