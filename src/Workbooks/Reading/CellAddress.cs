using System.Globalization;
using Ukspf.Domain.Workbook;

namespace Ukspf.Workbooks.Reading;

/// <summary>A1-style cell references: column letters to numbers and back, and parsing "$B$12" or "Sheet!$A$1:$H$9".</summary>
internal static class CellAddress
{
    /// <summary>The last column Excel allows (XFD).</summary>
    public const int MaxColumn = 16384;

    /// <summary>The last row Excel allows.</summary>
    public const int MaxRow = 1048576;

    /// <summary>"A" for 1, "AA" for 27.</summary>
    public static string Letters(int column) => CellReference.Letters(column);

    /// <summary>"B12" for column 2, row 12.</summary>
    public static string Of(int column, int row) => CellReference.Of(column, row);

    /// <summary>"$B$12".</summary>
    public static string Absolute(int column, int row) => "$" + Letters(column) + "$" + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Column letters to a number: "B" gives 2; 0 when not letters.</summary>
    public static int ColumnNumber(ReadOnlySpan<char> letters)
    {
        var column = 0;
        foreach (var ch in letters)
        {
            var c = ch | 0x20;
            if (c < 'a' || c > 'z' || column > MaxColumn) return 0;
            column = column * 26 + (c - 'a' + 1);
        }
        return column <= MaxColumn ? column : 0;
    }

    /// <summary>Parses "B12" or "$B$12" into column and row; false when it is neither.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int column, out int row)
    {
        column = 0;
        row = 0;
        var i = 0;
        if (i < text.Length && text[i] == '$') i++;
        var start = i;
        while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
        if (i == start || i - start > 3) return false;
        column = ColumnNumber(text[start..i]);
        if (i < text.Length && text[i] == '$') i++;
        if (i == text.Length) return false;
        for (; i < text.Length; i++)
        {
            var d = text[i] - '0';
            if ((uint)d > 9 || row > MaxRow) return false;
            row = row * 10 + d;
        }
        return column > 0 && row is > 0 and <= MaxRow;
    }

    /// <summary>A sheet name as a formula needs it: quoted when it holds anything but letters, digits and underscores.</summary>
    public static string QuoteSheet(string sheet)
    {
        foreach (var c in sheet)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
        }
        return char.IsAsciiDigit(sheet[0]) ? "'" + sheet + "'" : sheet;
    }

    /// <summary>"'Sign off'!$B$4".</summary>
    public static string SheetCell(string sheet, int column, int row) => QuoteSheet(sheet) + "!" + Absolute(column, row);

    /// <summary>"Projects!$A$4:$I$204".</summary>
    public static string SheetRange(string sheet, int firstColumn, int firstRow, int lastColumn, int lastRow) =>
        QuoteSheet(sheet) + "!" + Absolute(firstColumn, firstRow) + ":" + Absolute(lastColumn, lastRow);

    /// <summary>
    /// Parses a defined name's reference to one rectangular area on one sheet: "Projects!$A$4:$I$204",
    /// "'Sign off'!$B$4". Anything else (several areas, formulas, #REF!) gives false.
    /// </summary>
    public static bool TryParseSheetRange(string reference, out SheetRange range)
    {
        range = default;
        var text = reference.AsSpan().Trim();
        if (text.StartsWith("=")) text = text[1..];
        string sheet;
        int bang;
        if (text.StartsWith("'"))
        {
            var end = 1;
            var name = new System.Text.StringBuilder();
            while (end < text.Length)
            {
                if (text[end] == '\'')
                {
                    if (end + 1 < text.Length && text[end + 1] == '\'') { name.Append('\''); end += 2; continue; }
                    break;
                }
                name.Append(text[end++]);
            }
            if (end + 1 >= text.Length || text[end + 1] != '!') return false;
            sheet = name.ToString();
            bang = end + 1;
        }
        else
        {
            bang = text.IndexOf('!');
            if (bang <= 0) return false;
            sheet = text[..bang].ToString();
        }
        var area = text[(bang + 1)..];
        var colon = area.IndexOf(':');
        if (colon < 0)
        {
            if (!TryParse(area, out var c, out var r)) return false;
            range = new SheetRange(sheet, c, r, c, r);
            return true;
        }
        if (!TryParse(area[..colon], out var c1, out var r1) || !TryParse(area[(colon + 1)..], out var c2, out var r2)) return false;
        range = new SheetRange(sheet, Math.Min(c1, c2), Math.Min(r1, r2), Math.Max(c1, c2), Math.Max(r1, r2));
        return true;
    }
}
