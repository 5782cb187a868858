namespace Ukspf.Domain.Workbook;

/// <summary>One cell's value as stored in the workbook, with its address.</summary>
/// <remarks>
/// A value, not an object: a large return's tables hold hundreds of thousands of cells, read once by the parser,
/// and an object for each would be garbage the collector must chase while the tables are still being read. For
/// the same reason a cell made from its column and row numbers spells its address out only when asked.
/// </remarks>
public readonly struct RawCell : IEquatable<RawCell>
{
    private readonly string? _address;
    private readonly int _column, _row;

    /// <summary>A cell at a known address.</summary>
    /// <param name="sheet">The sheet name.</param>
    /// <param name="address">The cell address, e.g. "F12".</param>
    /// <param name="kind">The kind of value.</param>
    /// <param name="text">The value as text: numbers in invariant form exactly as stored (e.g. "1200.5"), booleans "1"/"0".</param>
    public RawCell(string sheet, string address, RawCellKind kind, string text)
    {
        Sheet = sheet;
        _address = address;
        Kind = kind;
        Text = text;
    }

    /// <summary>A cell at a column and row number (both 1-based).</summary>
    /// <param name="sheet">The sheet name.</param>
    /// <param name="column">The column number: 1 for A.</param>
    /// <param name="row">The row number.</param>
    /// <param name="kind">The kind of value.</param>
    /// <param name="text">The value as text, as for the other constructor.</param>
    public RawCell(string sheet, int column, int row, RawCellKind kind, string text)
    {
        Sheet = sheet;
        _column = column;
        _row = row;
        Kind = kind;
        Text = text;
    }

    /// <summary>The sheet name.</summary>
    public string Sheet { get; }

    /// <summary>The cell address, e.g. "F12".</summary>
    public string Address => _address ?? CellReference.Of(_column, _row);

    /// <summary>The kind of value.</summary>
    public RawCellKind Kind { get; }

    /// <summary>The value as text: numbers in invariant form exactly as stored (e.g. "1200.5"), booleans "1"/"0".</summary>
    public string Text { get; }

    /// <summary>True when the cell holds nothing (or only white space).</summary>
    public bool IsBlank => IsBlankValue(Kind, Text);

    /// <summary>True when a value of this kind and text is nothing (or only white space), as <see cref="IsBlank"/> says.</summary>
    public static bool IsBlankValue(RawCellKind kind, string? text) =>
        kind == RawCellKind.Empty || (kind == RawCellKind.Text && string.IsNullOrWhiteSpace(text));

    /// <summary>Cells are equal when sheet, address, kind and text are, however they were made.</summary>
    public bool Equals(RawCell other) => Kind == other.Kind && Sheet == other.Sheet && Text == other.Text && Address == other.Address;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RawCell other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sheet, Address, Kind, Text);

    /// <summary>Whether two cells are equal.</summary>
    public static bool operator ==(RawCell left, RawCell right) => left.Equals(right);

    /// <summary>Whether two cells differ.</summary>
    public static bool operator !=(RawCell left, RawCell right) => !left.Equals(right);

    /// <summary>"Spend!F12 = 1200.5", for test output and the debugger.</summary>
    public override string ToString() => $"{Sheet}!{Address} = {Text}";
}
