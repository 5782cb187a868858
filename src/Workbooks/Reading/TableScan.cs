using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// One input table being read row by row. The first row of its named range is the header: each header is matched to
/// a template column by its text, wherever it stands. Data rows are the non-empty rows of the range, and then any
/// non-empty rows that follow it without a gap (typed beyond the table instead of inserted into it). A row holds a
/// cell for each matched column with a value; empty cells are left out, as are columns whose header was not found.
/// </summary>
internal sealed class TableScan(TemplateTable table, string sheet, SheetRange range)
{
    private readonly Dictionary<int, string> _headers = [];
    private readonly List<RawRow> _rows = [];
    private int[] _slotOfColumn = [];
    private TableColumns? _columns;
    private Dictionary<string, string>? _letters;
    private RowCells.Value[]? _current;
    private bool _currentHasValue;
    private int _nextBelow = range.LastRow + 1;

    /// <summary>The table's defined name.</summary>
    public string Name => table.Name;

    /// <summary>True once rows can no longer belong to the table.</summary>
    public bool Done { get; private set; }

    /// <summary>Whether row <paramref name="row"/> (met in sheet order) belongs to the table; a gap below the range ends it.</summary>
    public bool Wants(int row)
    {
        if (Done || row < range.FirstRow) return false;
        if (row <= range.LastRow || row == _nextBelow) return true;
        Done = true;
        return false;
    }

    /// <summary>Whether a cell of a wanted row matters: any cell of the header row, a matched column otherwise.</summary>
    public bool WantsCell(int row, int column) =>
        row == range.FirstRow || ((uint)column < (uint)_slotOfColumn.Length && _slotOfColumn[column] >= 0);

    /// <summary>Starts a wanted row.</summary>
    public void BeginRow(int row)
    {
        if (row == range.FirstRow) return;
        MapHeaders();
        _current ??= new RowCells.Value[_columns!.Keys.Count];
        _currentHasValue = false;
    }

    /// <summary>Takes a non-empty cell of the current row (header text, or a value of a matched column).</summary>
    public void Cell(int row, int column, RawCellKind kind, string text)
    {
        if (row == range.FirstRow)
        {
            _headers.TryAdd(column, text);
            return;
        }
        _current![_slotOfColumn[column]] = new RowCells.Value(kind, text);
        _currentHasValue |= !RawCell.IsBlankValue(kind, text);
    }

    /// <summary>Ends a wanted row: keeps it if it holds anything, and follows the table below its range.</summary>
    public void EndRow(int row)
    {
        if (row == range.FirstRow)
        {
            MapHeaders();
            return;
        }
        if (_currentHasValue)
        {
            // The row keeps the array; the next row gets a fresh one.
            _rows.Add(new RawRow(row, new RowCells(_columns!, sheet, row, _current!)));
            _current = null;
        }
        else Array.Clear(_current!);
        if (row > range.LastRow)
        {
            if (_currentHasValue) _nextBelow = row + 1;
            else Done = true;
        }
    }

    /// <summary>The table as found.</summary>
    public RawTable Complete()
    {
        MapHeaders();
        var missing = table.Columns.Where(c => !_letters!.ContainsKey(c.Key)).Select(c => c.Key).ToList();
        return new RawTable(table.Name, sheet, range.FirstRow, _letters!, missing, _rows);
    }

    private void MapHeaders()
    {
        if (_columns is not null) return;
        var byText = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (column, text) in _headers.OrderBy(h => h.Key)) byText.TryAdd(Normalise(text), column);
        var keys = new List<string>();
        var columns = new List<int>();
        foreach (var templateColumn in table.Columns)
        {
            if (!byText.TryGetValue(Normalise(templateColumn.Header), out var column) || columns.Contains(column)) continue;
            keys.Add(templateColumn.Key);
            columns.Add(column);
        }
        _slotOfColumn = new int[columns.Count == 0 ? 0 : columns.Max() + 1];
        Array.Fill(_slotOfColumn, -1);
        _letters = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            _slotOfColumn[columns[i]] = i;
            _letters[keys[i]] = CellAddress.Letters(columns[i]);
        }
        _columns = new TableColumns(keys, columns);
    }

    // Headers match whatever the case and spacing, so "Capital Actual (£)" still finds CapitalActual.
    private static string Normalise(string header)
    {
        Span<char> buffer = header.Length <= 256 ? stackalloc char[header.Length] : new char[header.Length];
        var n = 0;
        foreach (var c in header)
        {
            if (!char.IsWhiteSpace(c)) buffer[n++] = char.ToLowerInvariant(c);
        }
        return new string(buffer[..n]);
    }
}
