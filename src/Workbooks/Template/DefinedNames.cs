using DocumentFormat.OpenXml.Spreadsheet;

namespace Ukspf.Workbooks.Template;

/// <summary>The workbook-level defined names collected while the sheets are composed.</summary>
internal sealed class DefinedNames
{
    private readonly SortedDictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Defines <paramref name="name"/> as <paramref name="reference"/>, e.g. "Projects!$A$4:$I$204".</summary>
    /// <exception cref="InvalidOperationException">The name is already defined.</exception>
    public void Add(string name, string reference)
    {
        if (!_names.TryAdd(name, reference)) throw new InvalidOperationException($"The defined name '{name}' is used twice.");
    }

    /// <summary>The names as SpreadsheetML, sorted as Excel keeps them.</summary>
    public DocumentFormat.OpenXml.Spreadsheet.DefinedNames ToElement() =>
        new(_names.Select(n => new DefinedName(n.Value) { Name = n.Key }));
}
