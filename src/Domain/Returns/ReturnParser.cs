using Ukspf.Domain.Returns.Parsing;
using Ukspf.Domain.Template;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns;

/// <summary>
/// Turns what the workbook reader found into a typed <see cref="CouncilReturn"/>, reporting every cell it cannot use
/// as it stands: the template itself and the council its Start sheet shows (rule R01) and each cell (rule R02),
/// naming sheet, cell and value in plain words.
/// Lines whose required values are unusable are left out so the other rules can still check the rest.
/// </summary>
public static class ReturnParser
{
    /// <summary>Parses a workbook's content. The return is null only when the workbook is not a usable return template.</summary>
    /// <param name="content">What the workbook reader found.</param>
    /// <param name="settings">The limits a cell's value must keep within (the largest amount and figure); the defaults when null.</param>
    public static ParsedReturn Parse(WorkbookContent content, ValidationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var log = new ParseLog();
        var metadata = CaseInsensitive(content.Metadata);
        if (!TemplateCheck.IsUsable(content, metadata, log)) return new ParsedReturn(null, log.Findings);

        var read = new CellReader(log, settings ?? new ValidationSettings());
        CouncilCheck.Check(content, metadata.GetValueOrDefault(TemplateSchema.MetadataKeys.LlaCode, "").Trim(), read, log);
        var projects = ProjectRows.Read(content.Tables[TemplateSchema.Projects.Name], read, log);
        var spend = SpendRows.Read(content.Tables[TemplateSchema.Spend.Name], read, log);
        var outputs = IndicatorRows.Read(TemplateSchema.Outputs, content.Tables[TemplateSchema.Outputs.Name], read, log);
        var outcomes = IndicatorRows.Read(TemplateSchema.Outcomes, content.Tables[TemplateSchema.Outcomes.Name], read, log);
        var (programme, signOff, totals) = new FieldCells(content, read, log).Read();

        var returnMetadata = new ReturnMetadata(
            metadata.GetValueOrDefault(TemplateSchema.MetadataKeys.TemplateVersion, "").Trim(),
            metadata.GetValueOrDefault(TemplateSchema.MetadataKeys.Round, "").Trim(),
            metadata.GetValueOrDefault(TemplateSchema.MetadataKeys.LlaCode, "").Trim());
        var parsed = new CouncilReturn(returnMetadata, projects, spend, outputs, outcomes, totals, programme, signOff);
        return new ParsedReturn(parsed, log.Findings);
    }

    // A real detail is a few plain characters long; a longer one is wrong whatever it says, and findings quote it.
    private static Dictionary<string, string> CaseInsensitive(IReadOnlyDictionary<string, string> metadata)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in metadata) result.TryAdd(key.Trim(), XmlCharacters.Clean(Quoted.Shorten(value.Trim())));
        return result;
    }
}
