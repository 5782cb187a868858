namespace Ukspf.Domain.Template;

/// <summary>A single input cell of the template, found by its defined name (which equals <paramref name="Key"/>).</summary>
/// <param name="Key">Stable key and defined name, e.g. "ProgressRag".</param>
/// <param name="Label">The label beside the cell.</param>
/// <param name="Sheet">The sheet it sits on.</param>
/// <param name="Type">What the cell holds.</param>
/// <param name="Required">Whether it must be given.</param>
/// <param name="ListName">The drop-down list for a choice.</param>
/// <param name="MaxWords">Word limit for narrative text.</param>
/// <param name="MaxLength">The most characters a text or drop-down cell may hold (what storage and findings can carry).</param>
public sealed record TemplateField(string Key, string Label, string Sheet, CellType Type, bool Required, string? ListName = null, int? MaxWords = null, int? MaxLength = null);
