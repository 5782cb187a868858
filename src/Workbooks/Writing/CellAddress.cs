using System.Globalization;

namespace Ukspf.Workbooks.Writing;

/// <summary>A cell by 1-based row and column, written "F12".</summary>
internal readonly record struct CellAddress(int Row, int Column) : IComparable<CellAddress>
{
    /// <summary>Excel's last column (XFD).</summary>
    public const int MaxColumn = 16_384;

    /// <summary>Excel's last row.</summary>
    public const int MaxRow = 1_048_576;

    private static readonly string[] ColumnNames = Enumerable.Range(1, 702).Select(BuildColumnName).ToArray();

    /// <summary>"A" for 1, "AA" for 27.</summary>
    public static string ColumnName(int column) => column <= ColumnNames.Length ? ColumnNames[column - 1] : BuildColumnName(column);

    /// <summary>Parses "F12" or "$F$12"; false for anything else, including whole rows or columns.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CellAddress address)
    {
        address = default;
        text = text.Trim();
        var i = 0;
        if (i < text.Length && text[i] == '$') i++;
        var column = 0;
        var letters = 0;
        while (i < text.Length && char.IsAsciiLetter(text[i]) && letters < 3)
        {
            column = column * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            i++;
            letters++;
        }

        if (letters == 0 || column > MaxColumn) return false;
        if (i < text.Length && text[i] == '$') i++;
        var digits = text[i..];
        if (digits.IsEmpty ||
            !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row is < 1 or > MaxRow)
        {
            return false;
        }

        address = new CellAddress(row, column);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(CellAddress other) => Row != other.Row ? Row.CompareTo(other.Row) : Column.CompareTo(other.Column);

    /// <summary>"F12".</summary>
    public override string ToString() => ColumnName(Column) + Row.ToString(CultureInfo.InvariantCulture);

    private static string BuildColumnName(int column)
    {
        Span<char> buffer = stackalloc char[3];
        var start = buffer.Length;
        for (var n = column; n > 0; n = (n - 1) / 26) buffer[--start] = (char)('A' + (n - 1) % 26);
        return new string(buffer[start..]);
    }
}
