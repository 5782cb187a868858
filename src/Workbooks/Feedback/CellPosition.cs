using Ukspf.Workbooks.Reading;

namespace Ukspf.Workbooks.Feedback;

/// <summary>A cell by 1-based row and column, ordered row by row as a sheet stores its cells; written "F12".</summary>
internal readonly record struct CellPosition(int Row, int Column) : IComparable<CellPosition>
{
    /// <summary>Parses "F12" or "$F$12"; false for anything else, including whole rows or columns.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CellPosition position)
    {
        var parsed = CellAddress.TryParse(text.Trim(), out var column, out var row);
        position = parsed ? new CellPosition(row, column) : default;
        return parsed;
    }

    /// <inheritdoc />
    public int CompareTo(CellPosition other) => Row != other.Row ? Row.CompareTo(other.Row) : Column.CompareTo(other.Column);

    /// <summary>"F12".</summary>
    public override string ToString() => CellAddress.Of(Column, Row);
}
