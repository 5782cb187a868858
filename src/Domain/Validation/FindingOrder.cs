using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;

namespace Ukspf.Domain.Validation;

/// <summary>The order findings are shown in: errors first, then by rule, then by sheet in workbook order, then row and column.</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    private static readonly string[] SheetOrder =
    [
        CellLocation.Workbook.Sheet, TemplateSchema.Sheets.Start, TemplateSchema.Sheets.Projects, TemplateSchema.Sheets.Spend,
        TemplateSchema.Sheets.Outputs, TemplateSchema.Sheets.Outcomes, TemplateSchema.Sheets.Programme, TemplateSchema.Sheets.SignOff,
        TemplateSchema.Sheets.Lists, TemplateSchema.Sheets.Metadata,
    ];

    public static FindingOrder Instance { get; } = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var order = x.Severity.CompareTo(y.Severity);
        if (order == 0) order = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (order == 0) order = SheetIndex(x.Location.Sheet).CompareTo(SheetIndex(y.Location.Sheet));
        if (order == 0) order = string.CompareOrdinal(x.Location.Sheet, y.Location.Sheet);
        if (order == 0) order = CellKey(x.Location.Cell).CompareTo(CellKey(y.Location.Cell));
        return order;
    }

    private static int SheetIndex(string sheet)
    {
        var index = Array.IndexOf(SheetOrder, sheet);
        return index < 0 ? SheetOrder.Length : index;
    }

    /// <summary>"F12" or "F12:Y12" sorts by row 12, then by column F; a finding about a whole sheet comes first.</summary>
    private static (int Row, int Column) CellKey(string? cell)
    {
        if (cell is null) return (0, 0);
        var (row, column, i) = (0, 0, 0);
        for (; i < cell.Length && char.IsAsciiLetter(cell[i]); i++) column = column * 26 + char.ToUpperInvariant(cell[i]) - 'A' + 1;
        for (; i < cell.Length && char.IsAsciiDigit(cell[i]); i++) row = row * 10 + cell[i] - '0';
        return (row, column);
    }
}
