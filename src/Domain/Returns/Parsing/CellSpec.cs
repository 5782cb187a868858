using Ukspf.Domain.Template;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>
/// What the template says an input cell holds, worked out once per table column or single field rather than for
/// every cell read.
/// </summary>
/// <param name="Key">The template key of the column or field, e.g. "CapitalActual".</param>
/// <param name="Label">The header or label the council officer sees, used in messages.</param>
/// <param name="Type">What the cell should hold.</param>
/// <param name="Required">Whether it must be given.</param>
/// <param name="ListName">The drop-down list of a choice cell.</param>
/// <param name="Sheet">The sheet it belongs on, for a finding about a field cell that cannot be found.</param>
/// <param name="AlreadyReported">True when the whole column (or the named cell) is missing and was reported once already.</param>
/// <param name="MaxLength">The most characters a text or drop-down cell may hold.</param>
internal sealed record CellSpec(string Key, string Label, CellType Type, bool Required, string? ListName, string Sheet, bool AlreadyReported, int? MaxLength = null);
