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
    public void AddTable(TemplateTable table, SheetRange range) => _tables.Add(new TableScan(table, Sheet, range));

    /// <summary>Adds a single field found by its defined name.</summary>
    public void AddField(string key, int column, int row)
    {
        _fields.TryAdd(Key(row, column), key);
        _fieldRows.Add(row);
        _lastFieldRow = Math.Max(_lastFieldRow, row);
        _foundFields[key] = new RawCell(Sheet, CellAddress.Of(column, row), RawCellKind.Empty, "");
    }

    /// <summary>Whether a row matters at all; rows that do not are skipped unread.</summary>
    public bool WantsRow(int row)
    {
        var wanted = IsMetadata || _fieldRows.Contains(row);
        foreach (var table in _tables) wanted |= table.Wants(row);
        return wanted;
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

    /// <summary>Starts a wanted row.</summary>
    public void BeginRow(int row)
    {
        foreach (var table in _tables)
        {
            if (table.Wants(row)) table.BeginRow(row);
        }
        _metadataKey = _metadataValue = null;
    }

    /// <summary>Whether the cell at <paramref name="column"/> of a wanted row needs decoding.</summary>
    public bool WantsCell(int row, int column)
    {
        if (IsMetadata && column <= 2) return true;
        if (_fields.Count > 0 && _fields.ContainsKey(Key(row, column))) return true;
        foreach (var table in _tables)
        {
            if (table.Wants(row) && table.WantsCell(row, column)) return true;
        }
        return false;
    }

    /// <summary>Takes a decoded cell of a wanted row.</summary>
    public void Cell(int row, int column, string address, RawCellKind kind, string text)
    {
        if (IsMetadata)
        {
            if (column == 1) _metadataKey = text;
            else if (column == 2) _metadataValue = text;
        }
        if (_fields.Count > 0 && _fields.TryGetValue(Key(row, column), out var key)) _foundFields[key] = new RawCell(Sheet, address, kind, text);
        foreach (var table in _tables)
        {
            if (table.Wants(row) && table.WantsCell(row, column)) table.Cell(row, column, address, kind, text);
        }
    }

    /// <summary>Ends a wanted row.</summary>
    public void EndRow(int row)
    {
        foreach (var table in _tables)
        {
            if (table.Wants(row)) table.EndRow(row);
        }
        if (IsMetadata && !string.IsNullOrWhiteSpace(_metadataKey)) _metadata.TryAdd(_metadataKey.Trim(), _metadataValue?.Trim() ?? "");
    }

    private static long Key(int row, int column) => ((long)row << 16) | (uint)column;
}
