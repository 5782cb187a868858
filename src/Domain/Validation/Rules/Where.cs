using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;

namespace Ukspf.Domain.Validation.Rules;

/// <summary>The most specific location of a line, answer or total: its cell when read from a workbook, else its sheet.</summary>
internal static class Where
{
    public static CellLocation At(SpendLine line, string columnKey) =>
        line.Source?.At(columnKey) ?? new CellLocation(TemplateSchema.Sheets.Spend);

    public static CellLocation At(ReturnProject project, string columnKey) =>
        project.Source?.At(columnKey) ?? new CellLocation(TemplateSchema.Sheets.Projects);

    public static CellLocation At(IndicatorLine line, string columnKey, string sheet) =>
        line.Source?.At(columnKey) ?? new CellLocation(sheet);

    /// <summary>A single input cell (programme answer, sign-off or total) by its template field key.</summary>
    public static CellLocation Field(CouncilReturn ret, string fieldKey) =>
        ret.Programme.Locations?.GetValueOrDefault(fieldKey) ?? new CellLocation(TemplateSchema.Field(fieldKey).Sheet);

    /// <summary>The declared total of a Spend column ("CapitalActual"), or the Spend sheet.</summary>
    public static CellLocation Total(CouncilReturn ret, string columnKey) =>
        ret.Totals?.Locations?.GetValueOrDefault(columnKey)
        ?? ret.Totals?.Locations?.GetValueOrDefault("Total" + columnKey)
        ?? new CellLocation(TemplateSchema.Sheets.Spend);

    /// <summary>Outputs and outcomes, each with the sheet it sits on.</summary>
    public static IEnumerable<(IndicatorLine Line, string Sheet)> IndicatorLines(CouncilReturn ret) =>
        ret.Outputs.Select(l => (l, TemplateSchema.Sheets.Outputs)).Concat(ret.Outcomes.Select(l => (l, TemplateSchema.Sheets.Outcomes)));

    /// <summary>True when two project references name the same project.</summary>
    public static bool SameProject(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
