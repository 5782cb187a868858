using Ukspf.Domain.Template;

namespace Ukspf.Workbooks.Template;

/// <summary>The very hidden metadata sheet: what the template is and who it was made for, one key and value per row.</summary>
internal static class MetadataSheet
{
    /// <summary>Composes the sheet for one council and round.</summary>
    public static SheetDraft Build(TemplateRequest request, SharedStringWriter strings)
    {
        var sheet = new SheetDraft(TemplateSchema.Sheets.Metadata, strings);
        sheet.Width(1, 18);
        sheet.Width(2, 30);
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
            sheet.Text(1, i + 1, rows[i].Key);
            sheet.Text(2, i + 1, rows[i].Value);
        }
        return sheet;
    }
}
