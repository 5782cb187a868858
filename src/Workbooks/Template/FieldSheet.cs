using ClosedXML.Excel;
using Ukspf.Domain.Template;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Workbooks.Template;

/// <summary>A sheet of single answers (Programme, Sign off): a label and an input cell per field, each cell a defined name.</summary>
internal static class FieldSheet
{
    private const double NarrativeRowHeight = 180;

    /// <summary>Adds the sheet holding the fields of <paramref name="sheetName"/> and defines their names.</summary>
    public static void Build(XLWorkbook workbook, string sheetName, string instructions)
    {
        var sheet = workbook.Worksheets.Add(sheetName);
        TemplateStyles.Title(sheet.Cell(TemplateLayout.TitleRow, 1).SetValue(sheetName).Style);
        sheet.Cell(TemplateLayout.InstructionsRow, 1).SetValue(instructions);
        sheet.Column(1).Width = 46;
        sheet.Column(2).Width = 90;
        var row = TemplateLayout.FirstFieldRow;
        foreach (var field in TemplateSchema.Fields.Where(f => f.Sheet == sheetName))
        {
            TemplateStyles.Label(sheet.Cell(row, 1).SetValue(field.Required ? field.Label : field.Label + " (if any)").Style);
            var input = sheet.Range(row, 2, row, 2);
            if (field.MaxWords is not null)
            {
                TemplateStyles.Narrative(input.Style);
                sheet.Row(row).Height = NarrativeRowHeight;
            }
            else
            {
                TemplateStyles.Input(input.Style, field.Type);
            }

            Validations.Add(input, field.Type, field.ListName, field.Label);
            workbook.NamedRanges.Add(field.Key, CellAddress.SheetCell(sheetName, 2, row));
            row++;
        }
    }
}
