using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Domain.ReferenceData;

namespace Ukspf.Workbooks.Reading;

/// <summary>Reads the first worksheet of a small workbook (such as an allocations list) as a table of text, header first.</summary>
public static class FirstSheetTable
{
    /// <summary>Every row of the first worksheet; numbers as their stored invariant text, blanks as empty fields.</summary>
    /// <exception cref="WorkbookRejectedException">The file is not a usable workbook.</exception>
    public static CsvTable Read(Stream xlsx, string? fileName = null)
    {
        using var buffer = new MemoryStream();
        xlsx.CopyTo(buffer);
        buffer.Position = 0;
        UploadInspector.Inspect(fileName, buffer);
        buffer.Position = 0;
        using var document = SpreadsheetDocument.Open(buffer, false);
        var workbook = document.WorkbookPart ?? throw new WorkbookRejectedException(RejectionReason.NoWorksheets, "The workbook has no sheets.");
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new WorkbookRejectedException(RejectionReason.NoWorksheets, "The workbook has no sheets.");
        var sheet = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = new List<string[]>();
        foreach (var row in sheet.Worksheet.Descendants<Row>())
        {
            var fields = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? fields.Count;
                while (fields.Count < column) fields.Add("");
                fields.Add(Text(cell, shared));
            }
            rows.Add(fields.ToArray());
        }
        return CsvTable.FromRows(rows);
    }

    private static string Text(Cell cell, IReadOnlyList<string> shared)
    {
        var value = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var i) && i < shared.Count) return shared[i];
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        return value;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (reference is null) return null;
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper)) index = index * 26 + (c - 'A' + 1);
        return index - 1;
    }
}
