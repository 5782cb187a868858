using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>One input cell to read: what the template says it holds and what the workbook has in it.</summary>
/// <param name="Label">The header or label the council officer sees, used in messages.</param>
/// <param name="Type">What the cell should hold.</param>
/// <param name="Required">Whether it must be given.</param>
/// <param name="ListName">The drop-down list of a choice cell.</param>
/// <param name="Cell">The cell, or null when blank or absent.</param>
/// <param name="Location">Where the cell is, for findings.</param>
/// <param name="AlreadyReported">True when the whole column is missing and was reported once for the table.</param>
/// <param name="DropNote">Appended to the message when a required value is unusable and the row is left out.</param>
internal sealed record CellInput(
    string Label,
    CellType Type,
    bool Required,
    string? ListName,
    RawCell? Cell,
    CellLocation Location,
    bool AlreadyReported = false,
    string? DropNote = null)
{
    public bool IsBlank => Cell is null || Cell.IsBlank;

    /// <summary>The value as the council entered it, for findings.</summary>
    public string? Entered => Cell?.Kind switch
    {
        RawCellKind.Boolean => Cell.Text is "1" or "TRUE" or "true" ? "TRUE" : "FALSE",
        RawCellKind.Empty or null => null,
        _ => Cell.Text,
    };
}
