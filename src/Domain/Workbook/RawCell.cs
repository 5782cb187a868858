namespace Ukspf.Domain.Workbook;

/// <summary>One cell's value as stored in the workbook, with its address.</summary>
/// <remarks>
/// A reader makes one of these for every value it keeps, and most addresses are never shown; so a cell made from its
/// column and row numbers spells its address out only when asked.
/// </remarks>
public sealed class RawCell : IEquatable<RawCell>
{
    private readonly int _column, _row;
    private string? _address;

    /// <summary>A cell at a known address.</summary>
    /// <param name="sheet">The sheet name.</param>
    /// <param name="address">The cell address, e.g. "F12".</param>
    /// <param name="kind">The kind of value.</param>
    /// <param name="text">The value as text: numbers in invariant form exactly as stored (e.g. "1200.5"), booleans "1"/"0".</param>
    public RawCell(string sheet, string address, RawCellKind kind, string text)
        : this(sheet, kind, text) => _address = address;

    /// <summary>A cell at a column and row number (both 1-based).</summary>
    /// <param name="sheet">The sheet name.</param>
    /// <param name="column">The column number: 1 for A.</param>
    /// <param name="row">The row number.</param>
    /// <param name="kind">The kind of value.</param>
    /// <param name="text">The value as text, as for the other constructor.</param>
    public RawCell(string sheet, int column, int row, RawCellKind kind, string text)
        : this(sheet, kind, text)
    {
        _column = column;
        _row = row;
    }

    private RawCell(string sheet, RawCellKind kind, string text)
    {
        Sheet = sheet;
        Kind = kind;
        Text = text;
    }

    /// <summary>The sheet name.</summary>
    public string Sheet { get; }

    /// <summary>The cell address, e.g. "F12".</summary>
    public string Address => _address ??= CellReference.Of(_column, _row);

    /// <summary>The kind of value.</summary>
    public RawCellKind Kind { get; }

    /// <summary>The value as text: numbers in invariant form exactly as stored (e.g. "1200.5"), booleans "1"/"0".</summary>
    public string Text { get; }

    /// <summary>True when the cell holds nothing (or only white space).</summary>
    public bool IsBlank => Kind == RawCellKind.Empty || (Kind == RawCellKind.Text && string.IsNullOrWhiteSpace(Text));

    /// <summary>Cells are equal when sheet, address, kind and text are, however they were made.</summary>
    public bool Equals(RawCell? other) =>
        other is not null && Kind == other.Kind && Sheet == other.Sheet && Text == other.Text && Address == other.Address;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RawCell);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sheet, Address, Kind, Text);

    /// <summary>"Spend!F12 = 1200.5", for test output and the debugger.</summary>
    public override string ToString() => $"{Sheet}!{Address} = {Text}";
}
