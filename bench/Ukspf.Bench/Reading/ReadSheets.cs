using Ukspf.Domain.Template;

namespace Ukspf.Bench.Reading;

/// <summary>
/// The worksheets a return is read from: those holding the template's tables, answers and metadata. Every reading
/// contender reads every cell of exactly these (the instructions and drop-down lists are left alone, as ours does).
/// </summary>
public static class ReadSheets
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        TemplateSchema.Sheets.Projects, TemplateSchema.Sheets.Spend, TemplateSchema.Sheets.Outputs, TemplateSchema.Sheets.Outcomes,
        TemplateSchema.Sheets.Programme, TemplateSchema.Sheets.SignOff, TemplateSchema.Sheets.Metadata,
    };
}
