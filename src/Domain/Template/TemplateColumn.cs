namespace Ukspf.Domain.Template;

/// <summary>One column of an input table of the return template.</summary>
/// <param name="Key">Stable key, used in diagnostics and by the reader to map headers, e.g. "CapitalActual".</param>
/// <param name="Header">The header a council officer sees, e.g. "Capital actual (£)".</param>
/// <param name="Type">What the cells hold.</param>
/// <param name="Required">Whether every row must give it.</param>
/// <param name="ListName">The drop-down list for a <see cref="CellType.Choice"/> column.</param>
/// <param name="Width">Column width in characters.</param>
/// <param name="MaxLength">The most characters a text or drop-down cell may hold (what storage and findings can carry).</param>
public sealed record TemplateColumn(string Key, string Header, CellType Type, bool Required, string? ListName = null, double Width = 16, int? MaxLength = null);
