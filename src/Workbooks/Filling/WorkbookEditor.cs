using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Workbooks.Reading;
using Ukspf.Workbooks.Template;

namespace Ukspf.Workbooks.Filling;

/// <summary>Cell-level access to an open workbook: sheets by name, defined names, reading and writing cells in place.</summary>
internal sealed class WorkbookEditor
{
    private readonly WorkbookPart _workbook;
    private readonly SharedStringWriter _strings;
    private readonly Dictionary<string, (WorksheetPart Part, SheetData Data, Dictionary<int, Row> Rows)> _sheets = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Edits <paramref name="document"/>'s workbook; open it with AutoSave off, <see cref="Save"/> writes the changes.</summary>
    public WorkbookEditor(SpreadsheetDocument document)
    {
        _workbook = document.WorkbookPart ?? throw new ArgumentException("The file has no workbook.", nameof(document));
        _strings = SharedStringWriter.For(_workbook);
    }

    /// <summary>The single area a workbook-level defined name refers to, or null.</summary>
    public SheetRange? Range(string name) =>
        DefinedName(name) is { } element && CellAddress.TryParseSheetRange(element.Text, out var range) ? range : null;

    /// <summary>Points a defined name at another area.</summary>
    public void SetRange(string name, SheetRange range)
    {
        var element = DefinedName(name) ?? throw new InvalidOperationException($"The workbook has no defined name '{name}'.");
        element.Text = CellAddress.SheetRange(range.Sheet, range.FirstColumn, range.FirstRow, range.LastColumn, range.LastRow);
    }

    /// <summary>The cell, or null when it does not exist.</summary>
    public Cell? Find(string sheet, int column, int row) =>
        Sheet(sheet).Rows.TryGetValue(row, out var r) ? r.Elements<Cell>().FirstOrDefault(c => ColumnOf(c) == column) : null;

    /// <summary>The text a cell shows (shared, inline or a number as stored), or null when empty.</summary>
    public string? TextOf(Cell? cell)
    {
        if (cell?.CellValue is null) return cell?.InlineString?.InnerText;
        var value = cell.CellValue.Text;
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, CultureInfo.InvariantCulture, out var index) ? _strings[index] : value;
    }

    /// <summary>Writes a value into a cell (created with <paramref name="style"/> if missing), replacing any formula.</summary>
    public void Write(string sheet, int column, int row, FillValue value, uint? style = null)
    {
        var cell = GetOrCreate(sheet, column, row, style);
        cell.CellFormula?.Remove();
        cell.InlineString?.Remove();
        if (value.Content is null)
        {
            cell.DataType = null;
            cell.CellValue = null;
        }
        else if (value.IsNumber)
        {
            cell.DataType = null;
            cell.CellValue = new CellValue(value.Content);
        }
        else
        {
            cell.DataType = CellValues.SharedString;
            cell.CellValue = new CellValue(_strings.Add(value.Content));
        }
    }

    /// <summary>Sets the cached result of a formula cell, keeping the formula.</summary>
    public static void Cache(Cell cell, string value) => cell.CellValue = new CellValue(value);

    /// <summary>Writes every sheet read or changed, the defined names and the shared strings back to their parts.</summary>
    public void Save()
    {
        foreach (var (part, _, _) in _sheets.Values) PartWriter.Save(part, part.Worksheet);
        PartWriter.Save(_workbook, _workbook.Workbook);
        _strings.Save(_workbook);
    }

    private Cell GetOrCreate(string sheet, int column, int row, uint? style)
    {
        var (_, data, rows) = Sheet(sheet);
        if (!rows.TryGetValue(row, out var r))
        {
            r = new Row { RowIndex = (uint)row };
            // Rows are kept in order; a new row is nearly always the last, so look from the end.
            var after = data.LastChild as Row;
            while (after is not null && after.RowIndex!.Value > row) after = after.PreviousSibling<Row>();
            if (after is null) data.PrependChild(r);
            else after.InsertAfterSelf(r);
            rows[row] = r;
        }
        Cell? before = null;
        foreach (var existing in r.Elements<Cell>())
        {
            var c = ColumnOf(existing);
            if (c == column) return existing;
            if (c > column) { before = existing; break; }
        }
        var cell = new Cell { CellReference = CellAddress.Of(column, row) };
        if (style is not null) cell.StyleIndex = style;
        if (before is null) r.AppendChild(cell);
        else before.InsertBeforeSelf(cell);
        return cell;
    }

    private (WorksheetPart Part, SheetData Data, Dictionary<int, Row> Rows) Sheet(string name)
    {
        if (_sheets.TryGetValue(name, out var found)) return found;
        var sheet = _workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => string.Equals(s.Name?.Value, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"The workbook has no sheet '{name}'.", nameof(name));
        var part = (WorksheetPart)_workbook.GetPartById(sheet.Id!.Value!);
        var data = part.Worksheet.GetFirstChild<SheetData>() ?? throw new InvalidOperationException($"Sheet '{name}' has no cells.");
        var rows = data.Elements<Row>().Where(r => r.RowIndex is not null).ToDictionary(r => (int)r.RowIndex!.Value);
        return _sheets[name] = (part, data, rows);
    }

    private DefinedName? DefinedName(string name) =>
        _workbook.Workbook.DefinedNames?.Elements<DefinedName>()
            .FirstOrDefault(d => d.LocalSheetId is null && string.Equals(d.Name?.Value, name, StringComparison.OrdinalIgnoreCase));

    private static int ColumnOf(Cell cell) =>
        CellAddress.TryParse(cell.CellReference?.Value, out var column, out _) ? column : 0;
}
