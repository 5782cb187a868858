using Ukspf.Domain.Template;

namespace Ukspf.Domain.Validation.Rules;

/// <summary>
/// R09 (warning): a project with actual spend in at least the configured number of quarters but no output delivered
/// yet, or a project reporting outputs with no actual spend in the return.
/// </summary>
public sealed class SpendWithoutOutputsRule : IValidationRule
{
    /// <inheritdoc />
    public string Id => RuleIds.SpendWithoutOutputs;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var ret = context.Return;
        var projects = ret.Projects.Select(p => p.Ref.Trim())
            .Concat(ret.Spend.Where(l => !l.IsManagementAndAdministration).Select(l => l.ProjectRef.Trim()))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var project in projects)
        {
            var spend = ret.Spend.Where(l => Where.SameProject(l.ProjectRef, project)).ToList();
            var outputs = ret.Outputs.Where(l => Where.SameProject(l.ProjectRef, project) && l.CumulativeActual > 0).ToList();
            var quarters = spend.Where(l => l.Actual > 0).Select(l => l.Quarter).Distinct().Count();
            var spent = spend.Sum(l => l.Actual);

            if (quarters > 0 && quarters >= context.Settings.QuartersOfSpendWithoutOutputs && outputs.Count == 0)
            {
                var row = ret.Projects.FirstOrDefault(p => Where.SameProject(p.Ref, project));
                var where = row is not null ? Where.At(row, "ProjectRef") : Where.At(spend[0], "ProjectRef");
                yield return new Finding(RuleIds.SpendWithoutOutputs, Severity.Warning, where, project,
                    $"Project '{project}' has spent {Figures.Money(spent)} over {quarters} quarters but reports no outputs yet. "
                    + "If outputs have been delivered, add them on the Outputs sheet; if not, say why in the progress narrative.");
            }
            else if (spent == 0 && outputs.Count > 0)
            {
                var first = outputs[0];
                yield return new Finding(RuleIds.SpendWithoutOutputs, Severity.Warning, Where.At(first, "CumulativeActual", TemplateSchema.Sheets.Outputs),
                    Figures.Number(first.CumulativeActual),
                    $"Project '{project}' reports outputs ({first.IndicatorCode}: {Figures.Number(first.CumulativeActual)}) but no actual spend in this return. "
                    + "Check the project's spend lines; if the money was spent in an earlier year, no change is needed.");
            }
        }
    }
}
