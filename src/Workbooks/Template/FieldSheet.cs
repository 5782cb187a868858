using Ukspf.Domain.Template;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Workbooks.Template;

/// <summary>A sheet of single answers (Programme, Sign off): a label and an input cell per field, each cell a defined name.</summary>
internal static class FieldSheet
{
    private const double NarrativeRowHeight = 180;

    /// <summary>Composes the sheet holding the fields of <paramref name="sheetName"/> and records their names.</summary>
    public static SheetDraft Build(string sheetName, string instructions, SharedStringWriter strings, DefinedNames names)
    {
        var sheet = new SheetDraft(sheetName, strings);
        sheet.Text(1, TemplateLayout.TitleRow, sheetName, TemplateStyles.Title);
        sheet.Text(1, TemplateLayout.InstructionsRow, instructions);
        sheet.Width(1, 46);
        sheet.Width(2, 90);
        var row = TemplateLayout.FirstFieldRow;
        foreach (var field in TemplateSchema.Fields.Where(f => f.Sheet == sheetName))
        {
            var label = field.Required ? field.Label : field.Label + " (if any)";
            sheet.Text(1, row, label, TemplateStyles.Label);
            var narrative = field.MaxWords is not null;
            sheet.Blank(2, row, narrative ? TemplateStyles.InputNarrative : TemplateStyles.InputFor(field.Type));
            if (narrative) sheet.Height(row, NarrativeRowHeight);
            if (Validations.For(field.Type, field.ListName, field.Label, CellAddress.Of(2, row)) is { } validation) sheet.Validate(validation);
            names.Add(field.Key, CellAddress.SheetCell(sheetName, 2, row));
            row++;
        }
        return sheet;
    }
}
