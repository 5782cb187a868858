using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Domain.Validation;
using Ukspf.Workbooks.Writing;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Shades the noted cells of one worksheet, creating cells (and rows) that do not exist yet in their proper place,
/// and keeping each cell's own number format, font and borders.
/// </summary>
internal static class CellHighlighter
{
    /// <summary>Applies the notes, which must be in row then column order.</summary>
    public static void Apply(Worksheet worksheet, IReadOnlyList<KeyValuePair<CellAddress, CellNote>> notes, Func<uint, Severity, uint> highlight)
    {
        if (notes.Count == 0) return;
        var sheetData = worksheet.GetFirstChild<SheetData>();
        if (sheetData is null)
        {
            sheetData = new SheetData();
            worksheet.AddChild(sheetData);
        }

        var columnStyles = ColumnStyles(worksheet);
        var rows = IndexRows(sheetData);
        var next = 0;
        for (var i = 0; i < notes.Count;)
        {
            var rowIndex = notes[i].Key.Row;
            var end = i;
            while (end < notes.Count && notes[end].Key.Row == rowIndex) end++;

            while (next < rows.Count && rows[next].Index < rowIndex) next++;
            Row row;
            if (next < rows.Count && rows[next].Index == rowIndex)
            {
                row = rows[next].Row;
            }
            else
            {
                row = new Row { RowIndex = (uint)rowIndex };
                if (next < rows.Count) sheetData.InsertBefore(row, rows[next].Row);
                else sheetData.Append(row);
                rows.Insert(next, (rowIndex, row));
            }

            // Spans are an optional hint that a new cell could contradict.
            row.Spans = null;
            var rowStyle = row.CustomFormat?.Value == true ? row.StyleIndex?.Value : null;
            ShadeRow(row, rowIndex, notes, i, end, c => rowStyle ?? columnStyles(c), highlight);
            i = end;
        }

        ExtendDimension(worksheet, notes[0].Key.Row, notes[^1].Key.Row, notes.Min(n => n.Key.Column), notes.Max(n => n.Key.Column));
    }

    private static void ShadeRow(
        Row row, int rowIndex, IReadOnlyList<KeyValuePair<CellAddress, CellNote>> notes, int from, int to,
        Func<int, uint> defaultStyle, Func<uint, Severity, uint> highlight)
    {
        var cells = new List<(int Column, Cell Cell)>();
        var lastColumn = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference && CellAddress.TryParse(reference, out var a) ? a.Column : lastColumn + 1;
            cell.CellReference ??= new CellAddress(rowIndex, column).ToString();
            cells.Add((column, cell));
            lastColumn = column;
        }

        var next = 0;
        for (var i = from; i < to; i++)
        {
            var (address, note) = notes[i];
            while (next < cells.Count && cells[next].Column < address.Column) next++;
            Cell cell;
            if (next < cells.Count && cells[next].Column == address.Column)
            {
                cell = cells[next].Cell;
            }
            else
            {
                cell = new Cell { CellReference = address.ToString() };
                var style = defaultStyle(address.Column);
                if (style != 0) cell.StyleIndex = style;
                if (next < cells.Count) row.InsertBefore(cell, cells[next].Cell);
                else row.Append(cell);
                cells.Insert(next, (address.Column, cell));
            }

            cell.StyleIndex = highlight(cell.StyleIndex?.Value ?? 0, note.Severity);
        }
    }

    private static List<(int Index, Row Row)> IndexRows(SheetData sheetData)
    {
        var rows = new List<(int, Row)>();
        var last = 0;
        foreach (var row in sheetData.Elements<Row>())
        {
            var index = row.RowIndex?.Value is { } r ? (int)r : last + 1;
            row.RowIndex ??= (uint)index;
            rows.Add((index, row));
            last = index;
        }

        return rows;
    }

    private static Func<int, uint> ColumnStyles(Worksheet worksheet)
    {
        var columns = worksheet.GetFirstChild<Columns>()?.Elements<Column>()
            .Where(c => c.Style?.Value is > 0)
            .Select(c => (Min: c.Min?.Value ?? 0, Max: c.Max?.Value ?? 0, Style: c.Style!.Value))
            .ToList() ?? [];
        return column =>
        {
            foreach (var c in columns)
            {
                if (column >= c.Min && column <= c.Max) return c.Style;
            }

            return 0;
        };
    }

    private static void ExtendDimension(Worksheet worksheet, int top, int bottom, int left, int right)
    {
        var dimension = worksheet.GetFirstChild<SheetDimension>();
        if (dimension?.Reference?.Value is not { } reference) return;
        var parts = reference.Split(':');
        if (!CellAddress.TryParse(parts[0], out var first) || !CellAddress.TryParse(parts[^1], out var last)) return;
        var from = new CellAddress(Math.Min(first.Row, top), Math.Min(first.Column, left));
        var to = new CellAddress(Math.Max(last.Row, bottom), Math.Max(last.Column, right));
        dimension.Reference = from == to ? from.ToString() : $"{from}:{to}";
    }
}
