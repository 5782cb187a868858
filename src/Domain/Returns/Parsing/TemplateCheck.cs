using Ukspf.Domain.Template;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>Rule R01 as far as the workbook alone can tell: is this the current UKSPF return template, with all its tables?</summary>
internal static class TemplateCheck
{
    private const string GetTheTemplate = "Download your council's return template for this round and copy your figures into it.";

    /// <summary>True when the workbook can be read as a return; otherwise logs one error saying why not.</summary>
    public static bool IsUsable(WorkbookContent content, IReadOnlyDictionary<string, string> metadata, ParseLog log)
    {
        var version = metadata.GetValueOrDefault(TemplateSchema.MetadataKeys.TemplateVersion)?.Trim() ?? "";
        var fund = metadata.GetValueOrDefault(TemplateSchema.MetadataKeys.Fund)?.Trim() ?? "";
        var problem = Problem(version, fund);
        if (problem is not null)
        {
            log.Error(CellLocation.Workbook, version.Length > 0 ? version : null, problem, RuleIds.Template);
            return false;
        }

        var missing = TemplateSchema.Tables.Where(t => !content.Tables.ContainsKey(t.Name)).ToList();
        if (missing.Count == 0) return true;
        log.Error(CellLocation.Workbook, null,
            $"This is not a UKSPF return template that can be read: its {string.Join(", ", missing.Select(t => $"{t.Sheet} table ({t.Name})"))} cannot be found. {GetTheTemplate}",
            RuleIds.Template);
        return false;
    }

    private static string? Problem(string version, string fund)
    {
        if (version.Length == 0 && fund.Length == 0)
            return $"This is not a UKSPF return template: it has none of the template's details (version, round and council). {GetTheTemplate}";
        if (fund.Length > 0 && !string.Equals(fund, TemplateSchema.Fund, StringComparison.OrdinalIgnoreCase))
            return $"This is a return template for '{fund}', not the current UKSPF return template ({TemplateSchema.Version}). {GetTheTemplate}";
        if (version.Length == 0)
            return $"This file does not say which template version it is, so it is not the current UKSPF return template ({TemplateSchema.Version}). {GetTheTemplate}";
        if (version != TemplateSchema.Version)
            return $"This file is version '{version}' of the return template, not the current UKSPF return template ({TemplateSchema.Version}). {GetTheTemplate}";
        if (fund.Length == 0)
            return $"This file does not say it is a UKSPF return, so it is not the current UKSPF return template ({TemplateSchema.Version}). {GetTheTemplate}";
        return null;
    }
}
