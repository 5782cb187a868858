using ClosedXML.Excel;
using Ukspf.Domain.Template;

namespace Ukspf.Workbooks.Template;

/// <summary>The very hidden metadata sheet: what the template is and who it was made for, one key and value per row.</summary>
internal static class MetadataSheet
{
    /// <summary>Adds the sheet, very hidden, for one council and round.</summary>
    public static void Build(XLWorkbook workbook, TemplateRequest request)
    {
        var sheet = workbook.Worksheets.Add(TemplateSchema.Sheets.Metadata);
        sheet.Visibility = XLWorksheetVisibility.VeryHidden;
        sheet.Column(1).Width = 18;
        sheet.Column(2).Width = 30;
        (string Key, string Value)[] rows =
        [
            (TemplateSchema.MetadataKeys.TemplateVersion, TemplateSchema.Version),
            (TemplateSchema.MetadataKeys.Fund, TemplateSchema.Fund),
            (TemplateSchema.MetadataKeys.Round, request.Round.Id.ToString()),
            (TemplateSchema.MetadataKeys.LlaCode, request.Council.Code),
            (TemplateSchema.MetadataKeys.LlaName, request.Council.Name),
        ];
        for (var i = 0; i < rows.Length; i++)
        {
            sheet.Cell(i + 1, 1).SetValue(rows[i].Key);
            sheet.Cell(i + 1, 2).SetValue(rows[i].Value);
        }
    }
}
