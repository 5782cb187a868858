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
        // Lines are grouped once by project so the rule stays linear in the size of the return.
        var spendByProject = ret.Spend.ToLookup(l => l.ProjectRef.Trim(), StringComparer.OrdinalIgnoreCase);
        var outputsByProject = ret.Outputs.Where(l => l.CumulativeActual > 0).ToLookup(l => l.ProjectRef.Trim(), StringComparer.OrdinalIgnoreCase);
        var rows = ret.Projects.GroupBy(p => p.Ref.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var projects = ret.Projects.Select(p => p.Ref.Trim())
            .Concat(ret.Spend.Where(l => !l.IsManagementAndAdministration).Select(l => l.ProjectRef.Trim()))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var project in projects)
        {
            var spend = spendByProject[project].ToList();
            var outputs = outputsByProject[project].ToList();
            var quarters = spend.Where(l => l.Actual > 0).Select(l => l.Quarter).Distinct().Count();
            var spent = spend.Sum(l => l.Actual);

            if (quarters > 0 && quarters >= context.Settings.QuartersOfSpendWithoutOutputs && outputs.Count == 0)
            {
                var row = rows.GetValueOrDefault(project);
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
