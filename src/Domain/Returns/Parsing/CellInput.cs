using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>
/// One input cell to read: what the template says it holds and what the workbook has in it. A large return has
/// hundreds of thousands of cells and few findings, so this is a struct and its location is only built when a
/// finding needs it.
/// </summary>
internal readonly struct CellInput
{
    private readonly SourceRow? _row;
    private readonly bool _leavesRowOut;

    /// <param name="spec">What the template says the cell holds.</param>
    /// <param name="cell">The cell, or null when absent.</param>
    /// <param name="row">The table row it is on; null for a single input cell.</param>
    /// <param name="leavesRowOut">Whether an unusable required value leaves the row out (and the finding says so).</param>
    public CellInput(CellSpec spec, RawCell? cell, SourceRow? row = null, bool leavesRowOut = false)
    {
        Spec = spec;
        HasCell = cell.HasValue;
        Cell = cell.GetValueOrDefault();
        _row = row;
        _leavesRowOut = leavesRowOut;
    }

    public CellSpec Spec { get; }

    /// <summary>The cell, or null when absent.</summary>
    public RawCell Cell { get; }

    /// <summary>Whether the workbook has the cell at all (else <see cref="Cell"/> is empty).</summary>
    public bool HasCell { get; }

    public string Label => Spec.Label;

    public CellType Type => Spec.Type;

    public bool Required => Spec.Required;

    public string? ListName => Spec.ListName;

    /// <summary>True when the whole column is missing and was reported once for the table.</summary>
    public bool AlreadyReported => Spec.AlreadyReported;

    /// <summary>Appended to the message when a required value is unusable and the row is left out.</summary>
    public string? DropNote => Spec.Required && _leavesRowOut ? TableRows.RowLeftOut : null;

    /// <summary>Where the cell is, for findings: its own address, else its column on the row, else its sheet.</summary>
    public CellLocation Location =>
        HasCell ? new CellLocation(Cell.Sheet, Cell.Address) : _row?.At(Spec.Key) ?? new CellLocation(Spec.Sheet);

    public bool IsBlank => !HasCell || Cell.IsBlank;

    /// <summary>The value as the council entered it, for findings (a long one cut short).</summary>
    public string? Entered => !HasCell ? null : Cell.Kind switch
    {
        RawCellKind.Boolean => Cell.Text is "1" or "TRUE" or "true" ? "TRUE" : "FALSE",
        RawCellKind.Empty or RawCellKind.UncalculatedFormula => null,
        _ => XmlCharacters.Clean(Quoted.Shorten(Cell.Text)),
    };

    /// <summary>The most characters the cell may hold, if the template sets a limit.</summary>
    public int? MaxLength => Spec.MaxLength;
}
