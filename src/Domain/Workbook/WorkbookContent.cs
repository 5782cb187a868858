namespace Ukspf.Domain.Workbook;

/// <summary>
/// Everything the return reader found in a workbook, cell-addressed and untyped: metadata, input tables and single
/// input cells. The return parser turns it into a typed return, reporting every cell it cannot use.
/// </summary>
/// <param name="Metadata">Key/value pairs of the hidden metadata sheet.</param>
/// <param name="Tables">Input tables by defined name; a table whose name is not defined is absent.</param>
/// <param name="Fields">
/// Single cells by key: the input cells, and the council's name and code on the Start sheet
/// (<see cref="Template.TemplateSchema.StartFields"/>); a cell whose name is not defined is absent.
/// </param>
/// <param name="SheetNames">The workbook's sheet names, in order.</param>
public sealed record WorkbookContent(
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyDictionary<string, RawTable> Tables,
    IReadOnlyDictionary<string, RawCell> Fields,
    IReadOnlyList<string> SheetNames);
