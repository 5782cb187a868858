using Ukspf.Domain.Returns;
using Ukspf.Workbooks.Writing;

namespace Ukspf.Workbooks.Feedback;

/// <summary>Reads the cell part of a <see cref="CellLocation"/>: which cells it covers and how to say it in plain words.</summary>
internal static class LocationText
{
    /// <summary>Beyond this many cells a range is listed on the feedback sheet but not shaded cell by cell.</summary>
    public const int MaxCellsPerRange = 2_000;

    /// <summary>The cells a location names ("F12", "F12:K12", "F12,G14"); none for whole rows, columns or sheets.</summary>
    public static IReadOnlyList<CellAddress> Cells(string? cell)
    {
        var cells = new List<CellAddress>();
        if (string.IsNullOrWhiteSpace(cell)) return cells;
        foreach (var area in Areas(cell))
        {
            var (first, last) = Ends(area);
            if (!CellAddress.TryParse(first, out var a) || !CellAddress.TryParse(last, out var b)) continue;
            int top = Math.Min(a.Row, b.Row), bottom = Math.Max(a.Row, b.Row);
            int left = Math.Min(a.Column, b.Column), right = Math.Max(a.Column, b.Column);
            if ((long)(bottom - top + 1) * (right - left + 1) > MaxCellsPerRange) continue;
            for (var r = top; r <= bottom; r++)
            {
                for (var c = left; c <= right; c++) cells.Add(new CellAddress(r, c));
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

    /// <summary>A link target for the location's first area, or the sheet's first cell.</summary>
    public static string LinkTarget(CellLocation location)
    {
        var area = string.IsNullOrWhiteSpace(location.Cell) ? "A1" : Areas(location.Cell).First().Replace("$", "", StringComparison.Ordinal);
        return QuotedSheet(location.Sheet) + "!" + area;
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
        if (CellAddress.TryParse(first, out _) && CellAddress.TryParse(last, out _))
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
