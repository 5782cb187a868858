namespace Ukspf.Domain.Returns;

/// <summary>Where in a workbook something is: a sheet and, where known, a cell ("F12") or range ("F12:Y12").</summary>
/// <param name="Sheet">The sheet name as the council sees it.</param>
/// <param name="Cell">The cell or range, or null when the finding is about the whole sheet or workbook.</param>
public sealed record CellLocation(string Sheet, string? Cell = null)
{
    /// <summary>The workbook as a whole.</summary>
    public static CellLocation Workbook { get; } = new("(workbook)");

    /// <summary>"Spend!F12", or the sheet name alone.</summary>
    public override string ToString() => Cell is null ? Sheet : $"{Sheet}!{Cell}";
}
