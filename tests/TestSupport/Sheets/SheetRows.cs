using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ukspf.Testing.Sheets;

/// <summary>
/// Reads a workbook back with the Open XML SDK's DOM, independently of the project's own reader, so a test sees
/// what Excel would. Each reading has an overload for the bytes of a workbook and one for a file.
/// </summary>
public static class SheetRows
{
    /// <summary>The sheet names of the workbook, in order; throws when it does not open as a workbook.</summary>
    /// <param name="xlsx">The workbook's bytes.</param>
    public static IReadOnlyList<string> SheetNames(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
    }

    /// <summary>The sheet names of the workbook file, in order; throws when it does not open as a workbook.</summary>
    /// <param name="path">The workbook file.</param>
    public static IReadOnlyList<string> SheetNames(string path) => SheetNames(File.ReadAllBytes(path));

    /// <summary>Every row of a sheet as cell texts keyed by column letter (numbers as stored, strings resolved).</summary>
    /// <param name="xlsx">The workbook's bytes.</param>
    /// <param name="sheetName">The sheet to read.</param>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(byte[] xlsx, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return part.Worksheet.Descendants<Row>()
            .Select(row => (IReadOnlyDictionary<string, string>)row.Elements<Cell>().ToDictionary(c => Column(c.CellReference!.Value!), c => Text(c, shared)))
            .ToList();
    }

    /// <summary>Every row of a sheet of the workbook file, keyed by column letter.</summary>
    /// <param name="path">The workbook file.</param>
    /// <param name="sheetName">The sheet to read.</param>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path, string sheetName) => Read(File.ReadAllBytes(path), sheetName);

    /// <summary>The rows under a header row, keyed by header text; the header is the first row.</summary>
    /// <param name="xlsx">The workbook's bytes.</param>
    /// <param name="sheetName">The sheet to read.</param>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Table(byte[] xlsx, string sheetName)
    {
        var rows = Read(xlsx, sheetName);
        var headers = rows[0];
        return rows.Skip(1)
            .Select(r => (IReadOnlyDictionary<string, string>)headers.ToDictionary(h => h.Value, h => r.GetValueOrDefault(h.Key) ?? ""))
            .ToList();
    }

    /// <summary>The rows under the header row of a sheet of the workbook file, keyed by header text.</summary>
    /// <param name="path">The workbook file.</param>
    /// <param name="sheetName">The sheet to read.</param>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Table(string path, string sheetName) => Table(File.ReadAllBytes(path), sheetName);

    private static string Text(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString) return shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)];
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return cell.CellValue?.Text ?? "";
    }

    private static string Column(string reference) => new(reference.TakeWhile(char.IsLetter).ToArray());
}
