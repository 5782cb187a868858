using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>
/// Changes a workbook with the Open XML DOM the way a council officer would in Excel: inserting rows, moving
/// columns, retyping a header. The SDK saves what it touches with "x:" prefixes, so the reader meets those too.
/// </summary>
internal static partial class WorkbookSurgery
{
    public static byte[] Edit(byte[] xlsx, Action<SpreadsheetDocument> edit)
    {
        var buffer = new MemoryStream();
        buffer.Write(xlsx);
        buffer.Position = 0;
        using (var document = SpreadsheetDocument.Open(buffer, true)) edit(document);
        return buffer.ToArray();
    }

    public static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet;
    }

    /// <summary>Inserts <paramref name="count"/> empty rows above <paramref name="at"/>, moving cells and defined names down as Excel does.</summary>
    public static void InsertRows(SpreadsheetDocument document, string sheetName, int at, int count)
    {
        var data = Sheet(document, sheetName).GetFirstChild<SheetData>()!;
        foreach (var row in data.Elements<Row>().Where(r => r.RowIndex!.Value >= at))
        {
            row.RowIndex = (uint)(row.RowIndex!.Value + count);
            foreach (var cell in row.Elements<Cell>())
            {
                var (column, number) = Split(cell.CellReference!.Value!);
                cell.CellReference = column + (number + count);
            }
        }
        foreach (var name in document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>())
        {
            if (!name.Text.StartsWith(Quote(sheetName) + "!", StringComparison.Ordinal)) continue;
            name.Text = RowNumber().Replace(name.Text, m => int.Parse(m.Groups[2].Value) >= at ? $"{m.Groups[1].Value}{int.Parse(m.Groups[2].Value) + count}" : m.Value);
        }
    }

    /// <summary>Moves every cell of column <paramref name="from"/> to column <paramref name="to"/> and the other way round.</summary>
    public static void SwapColumns(SpreadsheetDocument document, string sheetName, string from, string to)
    {
        foreach (var row in Sheet(document, sheetName).GetFirstChild<SheetData>()!.Elements<Row>())
        {
            var cells = row.Elements<Cell>().ToList();
            foreach (var cell in cells)
            {
                var (column, number) = Split(cell.CellReference!.Value!);
                if (column == from) cell.CellReference = to + number;
                else if (column == to) cell.CellReference = from + number;
            }
            row.RemoveAllChildren<Cell>();
            row.Append(cells.OrderBy(c => Split(c.CellReference!.Value!).Column.Length).ThenBy(c => Split(c.CellReference!.Value!).Column, StringComparer.Ordinal));
        }
    }

    /// <summary>Sets a cell to inline text (or removes its value when <paramref name="text"/> is null), creating it if needed.</summary>
    public static Cell SetInline(SpreadsheetDocument document, string sheetName, string reference, string? text)
    {
        var cell = CellAt(document, sheetName, reference);
        cell.CellFormula = null;
        cell.CellValue = null;
        cell.InlineString = null;
        if (text is null)
        {
            cell.DataType = null;
            return cell;
        }
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text));
        return cell;
    }

    /// <summary>The cell, created in order if the sheet has none there.</summary>
    public static Cell CellAt(SpreadsheetDocument document, string sheetName, string reference)
    {
        var (column, number) = Split(reference);
        var data = Sheet(document, sheetName).GetFirstChild<SheetData>()!;
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value == number);
        if (row is null)
        {
            row = new Row { RowIndex = (uint)number };
            var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex!.Value < number);
            if (after is null) data.PrependChild(row);
            else after.InsertAfterSelf(row);
        }
        var existing = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (existing is not null) return existing;
        var cell = new Cell { CellReference = reference };
        var before = row.Elements<Cell>().FirstOrDefault(c => Compare(Split(c.CellReference!.Value!).Column, column) > 0);
        if (before is null) row.AppendChild(cell);
        else before.InsertBeforeSelf(cell);
        return cell;
    }

    private static int Compare(string a, string b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);

    private static string Quote(string sheet) => sheet.Contains(' ') ? $"'{sheet}'" : sheet;

    private static (string Column, int Row) Split(string reference)
    {
        var i = 0;
        while (char.IsAsciiLetter(reference[i])) i++;
        return (reference[..i], int.Parse(reference[i..]));
    }

    [GeneratedRegex(@"(\$[A-Z]+\$)(\d+)")]
    private static partial Regex RowNumber();
}
