namespace Ukspf.Domain.Workbook;

/// <summary>One cell's value as stored in the workbook, with its address.</summary>
/// <param name="Sheet">The sheet name.</param>
/// <param name="Address">The cell address, e.g. "F12".</param>
/// <param name="Kind">The kind of value.</param>
/// <param name="Text">The value as text: numbers in invariant form exactly as stored (e.g. "1200.5"), booleans "1"/"0".</param>
public sealed record RawCell(string Sheet, string Address, RawCellKind Kind, string Text)
{
    /// <summary>True when the cell holds nothing (or only white space).</summary>
    public bool IsBlank => Kind == RawCellKind.Empty || (Kind == RawCellKind.Text && string.IsNullOrWhiteSpace(Text));
}
