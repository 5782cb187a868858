using Ukspf.Domain.Returns;
using Ukspf.Domain.Returns.Parsing;
using Ukspf.Domain.Template;

namespace Ukspf.Domain.Validation.Rules;

/// <summary>
/// R02 for returns built in code: required values present, amounts not negative, word limits kept, a reason given
/// for a project closed early. Lines read from a workbook were checked cell by cell by <see cref="ReturnParser"/>, which
/// names the cell and the value typed; they carry a source and are not checked again here, so no cell is reported twice.
/// </summary>
public sealed class RequiredValuesRule : IValidationRule
{
    /// <inheritdoc />
    public string Id => RuleIds.Cells;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var ret = context.Return;
        var projects = TemplateSchema.Sheets.Projects;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in ret.Projects.Where(p => p.Source is null))
        {
            if (Blank(p.Ref)) yield return Missing(projects, "A project has no project reference.");
            else if (!seen.Add(p.Ref.Trim())) yield return Error(projects, p.Ref, $"Project reference '{p.Ref}' is used by more than one project.");
            if (Blank(p.Name)) yield return Missing(projects, $"Project '{p.Ref}' has no project name.");
            if (Blank(p.InterventionCode)) yield return Missing(projects, $"Project '{p.Ref}' has no primary intervention.");
            if (p.StartDate is null || p.EndDate is null) yield return Missing(projects, $"Project '{p.Ref}' needs a start date and an end date.");
            else if (p.EndDate < p.StartDate) yield return Error(projects, null, $"Project '{p.Ref}' ends before it starts.");
            if (p.Status == ProjectStatus.ClosedEarly && Blank(p.ClosedReason)) yield return Missing(projects, $"Project '{p.Ref}' closed early but no reason is given.");
        }

        foreach (var line in ret.Spend.Where(l => l.Source is null))
        {
            if (Blank(line.ProjectRef)) yield return Missing(TemplateSchema.Sheets.Spend, $"A spend line for {line.Quarter} has no project reference.");
            foreach (var (label, amount) in new[] { ("capital actual", line.CapitalActual), ("revenue actual", line.RevenueActual), ("capital forecast", line.CapitalForecast), ("revenue forecast", line.RevenueForecast) })
                if (amount < 0) yield return Error(TemplateSchema.Sheets.Spend, Figures.Money(amount), $"The {label} of '{line.ProjectRef}' for {line.Quarter} cannot be negative.");
        }

        foreach (var (line, sheet) in Where.IndicatorLines(ret).Where(x => x.Line.Source is null))
            if (Blank(line.ProjectRef) || Blank(line.IndicatorCode) || Blank(line.Unit))
                yield return Missing(sheet, "Every line needs a project reference, an indicator and a unit.");

        if (ret.Programme.Locations is null)
            foreach (var finding in Answers(ret)) yield return finding;
    }

    private static IEnumerable<Finding> Answers(CouncilReturn ret)
    {
        var answers = ret.Programme;
        if (answers.ProgressRag is null) yield return MissingField("ProgressRag");
        if (answers.TrendRag is null) yield return MissingField("TrendRag");
        if (Blank(answers.Narrative)) yield return MissingField("Narrative");
        foreach (var (key, text) in new[] { ("Narrative", answers.Narrative), ("ForwardLook", answers.ForwardLook) })
        {
            var words = Words.Count(text);
            var field = TemplateSchema.Field(key);
            if (words > field.MaxWords) yield return Error(field.Sheet, null, $"{field.Label} has {words} words; please shorten it to {field.MaxWords} words or fewer.");
        }
        foreach (var (key, amount) in new[] { ("ForecastUnderspendCapital", answers.ForecastUnderspendCapital), ("ForecastUnderspendRevenue", answers.ForecastUnderspendRevenue), ("ReprofileAmount", answers.ReprofileAmount) })
            if (amount < 0) yield return Error(TemplateSchema.Field(key).Sheet, Figures.Money(amount.Value), $"{TemplateSchema.Field(key).Label} cannot be negative.");
        if (Blank(ret.SignOff.Name)) yield return MissingField("SignOffName");
        if (Blank(ret.SignOff.Role)) yield return MissingField("SignOffRole");
        if (ret.SignOff.Date is null) yield return MissingField("SignOffDate");
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static Finding MissingField(string key)
    {
        var field = TemplateSchema.Field(key);
        return Missing(field.Sheet, $"{field.Label} is required but is blank.");
    }

    private static Finding Missing(string sheet, string message) => Error(sheet, null, message);

    private static Finding Error(string sheet, string? value, string message) => new(RuleIds.Cells, Severity.Error, new CellLocation(sheet), value, message);
}
