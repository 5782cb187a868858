namespace Ukspf.Workbooks.Filling;

/// <summary>
/// A raw change to one cell after a return is filled in, to reproduce what councils really type: "£1,200.50" as
/// text, "TBC", a total typed over its formula, another council's code in the metadata.
/// </summary>
/// <param name="Sheet">The sheet name, e.g. "Spend".</param>
/// <param name="Cell">The cell, e.g. "C5".</param>
/// <param name="Text">The new content; empty clears the cell.</param>
/// <param name="AsNumber">Store <paramref name="Text"/> as a number (invariant form, e.g. "1200.5") rather than as text.</param>
public sealed record CellEdit(string Sheet, string Cell, string Text, bool AsNumber = false);
