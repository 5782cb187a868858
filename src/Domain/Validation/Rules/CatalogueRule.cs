using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;

namespace Ukspf.Domain.Validation.Rules;

/// <summary>
/// R03: each project's intervention exists for the council's nation in the round's year; each indicator exists, sits on
/// the right sheet, is allowed for its project's intervention and is given in its own unit; spend and indicator lines
/// name projects on the Projects sheet (spend may also be for M&amp;A).
/// </summary>
public sealed class CatalogueRule : IValidationRule
{
    /// <inheritdoc />
    public string Id => RuleIds.Catalogue;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.Council is null || context.Round is null) yield break;
        var (nation, year) = (context.Council.Nation, context.Round.Id.Year);
        var ret = context.Return;
        var projects = ret.Projects.Select(p => p.Ref.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // A blank code is a missing cell, already reported under R02.
        var interventions = new Dictionary<string, Intervention?>(StringComparer.OrdinalIgnoreCase);
        foreach (var project in ret.Projects.Where(p => !Blank(p.InterventionCode)))
        {
            var intervention = context.Catalogue.FindIntervention(project.InterventionCode, nation, year);
            interventions.TryAdd(project.Ref.Trim(), intervention);
            if (intervention is null)
                yield return Error(Where.At(project, "Intervention"), project.InterventionCode,
                    $"Intervention '{project.InterventionCode}' of project '{project.Ref}' is not a UKSPF intervention for {NameOf(nation)} in {year}. Choose one from the drop-down list.");
        }

        foreach (var line in ret.Spend.Where(l => !l.IsManagementAndAdministration && !Blank(l.ProjectRef) && !projects.Contains(l.ProjectRef.Trim())))
            yield return UnknownProject(Where.At(line, "ProjectRef"), line.ProjectRef, "Spend");

        foreach (var (line, sheet) in Where.IndicatorLines(ret).Where(x => !Blank(x.Line.ProjectRef) && !Blank(x.Line.IndicatorCode)))
        {
            if (!projects.Contains(line.ProjectRef.Trim()))
            {
                yield return UnknownProject(Where.At(line, "ProjectRef", sheet), line.ProjectRef, sheet);
                continue;
            }
            var indicator = context.Catalogue.FindIndicator(line.IndicatorCode, year);
            var expectedKind = sheet == TemplateSchema.Sheets.Outputs ? IndicatorKind.Output : IndicatorKind.Outcome;
            if (indicator is null)
            {
                yield return Error(Where.At(line, "Indicator", sheet), line.IndicatorCode,
                    $"'{line.IndicatorCode}' is not a UKSPF indicator in {year}. Choose one from the drop-down list.");
                continue;
            }
            if (indicator.Kind != expectedKind)
                yield return Error(Where.At(line, "Indicator", sheet), line.IndicatorCode,
                    $"{indicator.Code} ({indicator.Title}) is an {indicator.Kind.ToString().ToLowerInvariant()}, so it belongs on the {(expectedKind == IndicatorKind.Output ? TemplateSchema.Sheets.Outcomes : TemplateSchema.Sheets.Outputs)} sheet.");
            else if (interventions.GetValueOrDefault(line.ProjectRef.Trim()) is { } intervention && !indicator.AllowedFor(intervention))
                yield return Error(Where.At(line, "Indicator", sheet), line.IndicatorCode,
                    $"{indicator.Code} ({indicator.Title}) cannot be reported for project '{line.ProjectRef}', whose intervention is {intervention.Code}. Choose an indicator allowed for {intervention.Code}.");

            var unit = Catalogue.Catalogue.LabelOf(indicator.Unit);
            if (!string.Equals(line.Unit.Trim(), unit, StringComparison.OrdinalIgnoreCase))
                yield return Error(Where.At(line, "Unit", sheet), line.Unit,
                    $"{indicator.Code} ({indicator.Title}) is measured in '{unit}', not '{line.Unit}'. Give the figure in '{unit}'.");
        }
    }

    private static string NameOf(Nation nation) => nation == Nation.NorthernIreland ? "Northern Ireland" : nation.ToString();

    private static bool Blank(string text) => string.IsNullOrWhiteSpace(text);

    private static Finding UnknownProject(CellLocation where, string reference, string sheet) => Error(where, reference,
        $"Project reference '{reference}' on the {sheet} sheet is not on the Projects sheet. Add the project there or correct the reference"
        + (sheet == TemplateSchema.Sheets.Spend ? " (use M&A for management and administration)." : "."));

    private static Finding Error(CellLocation where, string? value, string message) => new(RuleIds.Catalogue, Severity.Error, where, value, message);
}
