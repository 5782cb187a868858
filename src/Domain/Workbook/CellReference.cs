using System.Globalization;

namespace Ukspf.Domain.Workbook;

/// <summary>A1-style cell references as Excel shows them.</summary>
public static class CellReference
{
    /// <summary>"A" for column 1, "AA" for 27.</summary>
    public static string Letters(int column)
    {
        Span<char> buffer = stackalloc char[3];
        var i = buffer.Length;
        while (column > 0)
        {
            column--;
            buffer[--i] = (char)('A' + column % 26);
            column /= 26;
        }
        return new string(buffer[i..]);
    }

    /// <summary>"B12" for column 2, row 12.</summary>
    public static string Of(int column, int row) => Letters(column) + row.ToString(CultureInfo.InvariantCulture);
}
