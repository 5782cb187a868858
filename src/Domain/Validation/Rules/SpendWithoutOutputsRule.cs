using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
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
        // One pass over each table, tallying by project, keeps the rule linear in the size of the return.
        var tallies = new Dictionary<string, Tally>(StringComparer.OrdinalIgnoreCase);
        var projects = new List<(string Project, Tally Tally)>();
        Tally Of(string project, bool listed)
        {
            if (!tallies.TryGetValue(project, out var tally)) tallies[project] = tally = new Tally();
            if (listed && !tally.Listed)
            {
                tally.Listed = true;
                projects.Add((project, tally));
            }
            return tally;
        }

        foreach (var project in ret.Projects) Of(project.Ref.Trim(), listed: true).Row ??= project;
        // M&A spend is no project's, unless a project on the Projects sheet is called M&A.
        foreach (var line in ret.Spend) Of(line.ProjectRef.Trim(), listed: !line.IsManagementAndAdministration).Add(line);
        foreach (var line in ret.Outputs)
        {
            if (line.CumulativeActual > 0 && tallies.TryGetValue(line.ProjectRef.Trim(), out var tally)) tally.FirstOutput ??= line;
        }

        foreach (var (project, tally) in projects)
        {
            var quarters = tally.QuartersWithSpend.Count;
            if (quarters > 0 && quarters >= context.Settings.QuartersOfSpendWithoutOutputs && tally.FirstOutput is null)
            {
                var where = tally.Row is not null ? Where.At(tally.Row, "ProjectRef") : Where.At(tally.FirstSpend!, "ProjectRef");
                yield return new Finding(RuleIds.SpendWithoutOutputs, Severity.Warning, where, project,
                    $"Project '{project}' has spent {Figures.Money(tally.Spent)} over {quarters} quarters but reports no outputs yet. "
                    + "If outputs have been delivered, add them on the Outputs sheet; if not, say why in the progress narrative.");
            }
            else if (tally.Spent == 0 && tally.FirstOutput is { } first)
            {
                yield return new Finding(RuleIds.SpendWithoutOutputs, Severity.Warning, Where.At(first, "CumulativeActual", TemplateSchema.Sheets.Outputs),
                    Figures.Number(first.CumulativeActual),
                    $"Project '{project}' reports outputs ({first.IndicatorCode}: {Figures.Number(first.CumulativeActual)}) but no actual spend in this return. "
                    + "Check the project's spend lines; if the money was spent in an earlier year, no change is needed.");
            }
        }
    }

    /// <summary>What the return says of one project reference.</summary>
    private sealed class Tally
    {
        public bool Listed { get; set; }
        public ReturnProject? Row { get; set; }
        public SpendLine? FirstSpend { get; private set; }
        public decimal Spent { get; private set; }
        public List<RoundId> QuartersWithSpend { get; } = [];
        public IndicatorLine? FirstOutput { get; set; }

        public void Add(SpendLine line)
        {
            FirstSpend ??= line;
            Spent += line.Actual;
            // A project spends in a handful of quarters: a list beats a set.
            if (line.Actual > 0 && !QuartersWithSpend.Contains(line.Quarter)) QuartersWithSpend.Add(line.Quarter);
        }
    }
}
