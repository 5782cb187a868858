using Ukspf.Domain.Template;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Workbooks.Template;

/// <summary>The hidden sheet holding the drop-down values, one column and one defined name per list.</summary>
internal static class ListsSheet
{
    /// <summary>Composes the sheet and records a defined name over each list's values.</summary>
    public static SheetDraft Build(TemplateRequest request, SharedStringWriter strings, DefinedNames names)
    {
        var sheet = new SheetDraft(TemplateSchema.Sheets.Lists, strings);
        var column = 1;
        foreach (var (name, values) in TemplateLists.For(request))
        {
            sheet.Text(column, 1, name, TemplateStyles.Label);
            sheet.Width(column, Math.Clamp(values.Count == 0 ? 12 : values.Max(v => v.Length) + 2, 12, 100));
            for (var i = 0; i < values.Count; i++) sheet.Text(column, i + 2, values[i]);
            // A list with no values still needs a cell to refer to, or Excel reports the name as broken.
            names.Add(name, CellAddress.SheetRange(TemplateSchema.Sheets.Lists, column, 2, column, Math.Max(2, values.Count + 1)));
            column++;
        }
        return sheet;
    }
}
