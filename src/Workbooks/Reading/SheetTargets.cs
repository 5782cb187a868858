using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// What the reader wants from one worksheet: the tables and single fields on it, and for the metadata sheet its key
/// and value columns. Tells the scanner which rows and cells to decode so it can skip everything else.
/// </summary>
internal sealed class SheetTargets(string sheet)
{
    private readonly List<TableScan> _tables = [];
    private readonly Dictionary<long, string> _fields = [];
    private readonly HashSet<int> _fieldRows = [];
    private readonly Dictionary<string, RawCell> _foundFields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _metadata = new(StringComparer.OrdinalIgnoreCase);
    private TableScan[] _active = [];
    private int _activeCount;
    private bool _rowHasFields;
    private int _lastFieldRow;
    private string? _metadataKey;
    private string? _metadataValue;

    /// <summary>The sheet's name as the workbook spells it.</summary>
    public string Sheet { get; } = sheet;

    /// <summary>Whether this is the metadata sheet (column A keys, column B values).</summary>
    public bool IsMetadata { get; set; }

    /// <summary>The tables on the sheet.</summary>
    public IReadOnlyList<TableScan> Tables => _tables;

    /// <summary>The fields found, by key (defined but blank fields included).</summary>
    public IReadOnlyDictionary<string, RawCell> Fields => _foundFields;

    /// <summary>The metadata key/value pairs, when this is the metadata sheet.</summary>
    public IReadOnlyDictionary<string, string> Metadata => _metadata;

    /// <summary>Adds a table found by its defined name.</summary>
    public void AddTable(TemplateTable table, SheetRange range)
    {
        _tables.Add(new TableScan(table, Sheet, range));
        _active = new TableScan[_tables.Count];
    }

    /// <summary>Adds a single field found by its defined name.</summary>
    public void AddField(string key, int column, int row)
    {
        _fields.TryAdd(Key(row, column), key);
        _fieldRows.Add(row);
        _lastFieldRow = Math.Max(_lastFieldRow, row);
        _foundFields[key] = new RawCell(Sheet, column, row, RawCellKind.Empty, "");
    }

    /// <summary>
    /// Starts row <paramref name="row"/> (rows come in sheet order) and says whether it matters at all; a row that
    /// does not is skipped unread and gets no <see cref="EndRow"/>.
    /// </summary>
    public bool BeginRow(int row)
    {
        _activeCount = 0;
        foreach (var table in _tables)
        {
            if (!table.Wants(row)) continue;
            table.BeginRow(row);
            _active[_activeCount++] = table;
        }
        _rowHasFields = _fieldRows.Contains(row);
        _metadataKey = _metadataValue = null;
        return IsMetadata || _rowHasFields || _activeCount > 0;
    }

    /// <summary>True when nothing at or below <paramref name="row"/> can matter, so the rest of the sheet can be left unread.</summary>
    public bool FinishedAfter(int row)
    {
        if (IsMetadata || row < _lastFieldRow) return false;
        foreach (var table in _tables)
        {
            if (!table.Done) return false;
        }
        return true;
    }

    /// <summary>Whether the cell at <paramref name="column"/> of the current row needs decoding.</summary>
    public bool WantsCell(int row, int column)
    {
        if (IsMetadata && column <= 2) return true;
        if (_rowHasFields && _fields.ContainsKey(Key(row, column))) return true;
        for (var i = 0; i < _activeCount; i++)
        {
            if (_active[i].WantsCell(row, column)) return true;
        }
        return false;
    }

    /// <summary>Takes a decoded, non-empty cell of the current row.</summary>
    public void Cell(int row, int column, RawCellKind kind, string text)
    {
        if (IsMetadata)
        {
            if (column == 1) _metadataKey = text;
            else if (column == 2) _metadataValue = text;
        }
        if (_rowHasFields && _fields.TryGetValue(Key(row, column), out var key)) _foundFields[key] = new RawCell(Sheet, column, row, kind, text);
        for (var i = 0; i < _activeCount; i++)
        {
            if (_active[i].WantsCell(row, column)) _active[i].Cell(row, column, kind, text);
        }
    }

    /// <summary>Ends the current row.</summary>
    public void EndRow(int row)
    {
        for (var i = 0; i < _activeCount; i++) _active[i].EndRow(row);
        if (IsMetadata && !string.IsNullOrWhiteSpace(_metadataKey)) _metadata.TryAdd(_metadataKey.Trim(), _metadataValue?.Trim() ?? "");
    }

    private static long Key(int row, int column) => ((long)row << 16) | (uint)column;
}
