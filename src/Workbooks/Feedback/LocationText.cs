using Ukspf.Domain.Returns;

namespace Ukspf.Workbooks.Feedback;

/// <summary>Reads the cell part of a <see cref="CellLocation"/>: which cells it covers and how to say it in plain words.</summary>
internal static class LocationText
{
    /// <summary>Beyond this many cells a range is listed on the feedback sheet but not shaded cell by cell.</summary>
    public const int MaxCellsPerRange = 2_000;

    /// <summary>The cells a location names ("F12", "F12:K12", "F12,G14"); none for whole rows, columns or sheets.</summary>
    public static IReadOnlyList<CellPosition> Cells(string? cell)
    {
        var cells = new List<CellPosition>();
        if (string.IsNullOrWhiteSpace(cell)) return cells;
        foreach (var area in Areas(cell))
        {
            var (first, last) = Ends(area);
            if (!CellPosition.TryParse(first, out var a) || !CellPosition.TryParse(last, out var b)) continue;
            int top = Math.Min(a.Row, b.Row), bottom = Math.Max(a.Row, b.Row);
            int left = Math.Min(a.Column, b.Column), right = Math.Max(a.Column, b.Column);
            if ((long)(bottom - top + 1) * (right - left + 1) > MaxCellsPerRange) continue;
            for (var r = top; r <= bottom; r++)
            {
                for (var c = left; c <= right; c++) cells.Add(new CellPosition(r, c));
            }
        }

        return cells;
    }

    /// <summary>"F12", "F12 to K12", "row 12", "rows 12 to 14", "column F"; empty for a whole sheet.</summary>
    public static string Describe(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return string.Empty;
        return string.Join(", ", Areas(cell).Select(DescribeArea));
    }

    /// <summary>The sheet name as a formula writes it: <c>'Spend'</c>, quotes doubled.</summary>
    public static string QuotedSheet(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// Where a link to the cells goes: <c>'Spend'!B7</c> for the first area of <paramref name="cell"/> on the sheet,
    /// or the sheet's first cell when the location names no cell.
    /// </summary>
    public static string LinkTarget(string sheet, string? cell)
    {
        var area = string.IsNullOrWhiteSpace(cell) ? "A1" : Areas(cell).First().Replace("$", "", StringComparison.Ordinal);
        return QuotedSheet(sheet) + "!" + area;
    }

    private static string[] Areas(string cell) =>
        cell.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static (string First, string Last) Ends(string area)
    {
        var colon = area.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (area, area) : (area[..colon], area[(colon + 1)..]);
    }

    private static string DescribeArea(string area)
    {
        var (first, last) = Ends(area.Replace("$", "", StringComparison.Ordinal));
        if (CellPosition.TryParse(first, out _) && CellPosition.TryParse(last, out _))
        {
            return first == last ? first.ToUpperInvariant() : $"{first.ToUpperInvariant()} to {last.ToUpperInvariant()}";
        }

        if (first.All(char.IsAsciiDigit) && last.All(char.IsAsciiDigit) && first.Length > 0 && last.Length > 0)
        {
            return first == last ? $"row {first}" : $"rows {first} to {last}";
        }

        if (first.All(char.IsAsciiLetter) && last.All(char.IsAsciiLetter) && first.Length > 0 && last.Length > 0)
        {
            return first == last ? $"column {first.ToUpperInvariant()}" : $"columns {first.ToUpperInvariant()} to {last.ToUpperInvariant()}";
        }

        return area;
    }
}
