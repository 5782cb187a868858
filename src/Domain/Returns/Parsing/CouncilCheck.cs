using Ukspf.Domain.Councils;
using Ukspf.Domain.Template;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>
/// Rule R01 as far as the workbook alone can tell whose return it is: the council its Start sheet shows the officer
/// must be the council its hidden metadata names, so that the hidden cell alone does not decide it. (That the
/// metadata names the council whose folder the file was uploaded to is checked with the rules.)
/// </summary>
internal static class CouncilCheck
{
    private const string UseYourTemplate =
        "A return must be made in the template issued to your own council: download your council's template for this round and copy your figures into it.";

    /// <summary>Logs an error on each Start sheet cell that shows another council than <paramref name="llaCode"/>, or none.</summary>
    public static void Check(WorkbookContent content, string llaCode, CellReader read, ParseLog log)
    {
        // A workbook that names no council is reported by the rules; one without these cells is judged by its metadata.
        if (llaCode.Length == 0) return;
        var issuedTo = CouncilRegister.Default.Find(llaCode) is { } council ? $"{council.Name} ('{llaCode}')" : $"'{llaCode}'";
        var hidden = $"the template's hidden details (on its Metadata sheet) say it was issued to {issuedTo}";

        if (Shown(content, "CouncilCode", read) is var (codeCell, code))
        {
            if (code is null)
                log.Error(codeCell.Location, null, $"The Start sheet does not show the council code (cell {codeCell.Location} is blank), but {hidden}. {UseYourTemplate}", RuleIds.Template);
            else if (!CouncilRegister.Default.SameCouncil(code, llaCode))
                log.Error(codeCell.Location, code, $"The Start sheet shows the council code '{code}' (cell {codeCell.Location}), but {hidden}. {UseYourTemplate}", RuleIds.Template);
        }

        if (Shown(content, "CouncilName", read) is var (nameCell, name))
        {
            if (name is null)
                log.Error(nameCell.Location, null, $"The Start sheet does not show the council (cell {nameCell.Location} is blank), but {hidden}. {UseYourTemplate}", RuleIds.Template);
            else if (CouncilRegister.Default.FindByName(name) is not { } named || !CouncilRegister.Default.SameCouncil(named.Code, llaCode))
                log.Error(nameCell.Location, name, $"The Start sheet shows the council as '{name}' (cell {nameCell.Location}), but {hidden}. {UseYourTemplate}", RuleIds.Template);
        }
    }

    /// <summary>
    /// The Start sheet cell and its text (null when blank), or nothing when the workbook does not have the cell or
    /// its text could not be used (already reported).
    /// </summary>
    private static (CellInput Cell, string? Text)? Shown(WorkbookContent content, string key, CellReader read)
    {
        if (!content.Fields.TryGetValue(key, out var cell)) return null;
        var field = TemplateSchema.Field(key);
        var input = new CellInput(new CellSpec(field.Key, field.Label, field.Type, false, null, field.Sheet, false, field.MaxLength), cell);
        if (input.IsBlank) return (input, null);
        return read.Text(input) is { } text ? (input, Quoted.Shorten(text)) : null;
    }
}
