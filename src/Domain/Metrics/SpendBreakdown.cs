using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Metrics;

/// <summary>
/// Project spend of the year split by intervention and investment priority. A project counts under its primary
/// intervention as the catalogue knows it for the council's nation; a project whose intervention the catalogue does
/// not know (which validation rejects) is left out rather than guessed.
/// </summary>
internal sealed class SpendBreakdown
{
    private readonly List<ProjectRow> _rows = [];

    public SpendBreakdown(Catalogue.Catalogue catalogue, RoundId round, IReadOnlyList<(Council Council, CouncilReturn Return)> returns, Func<CouncilReturn, ReturnLedger> ledgerOf)
    {
        foreach (var (council, councilReturn) in returns)
        {
            var ledger = ledgerOf(councilReturn);
            // A reference listed twice would otherwise count its spend twice.
            foreach (var project in councilReturn.Projects.DistinctBy(p => p.Ref.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                var intervention = catalogue.FindIntervention(project.InterventionCode, council.Nation, round.Year);
                if (intervention is not null) _rows.Add(new ProjectRow(council.Code, intervention, ledger.Project(project.Ref)));
            }
        }
    }

    public IReadOnlyList<PriorityMetrics> Priorities()
    {
        var allActual = _rows.Sum(r => r.Spend.Actual);
        return Enum.GetValues<InvestmentPriority>().Select(priority =>
        {
            var rows = _rows.Where(r => r.Intervention.Priority == priority).ToList();
            var actual = rows.Sum(r => r.Spend.Actual);
            return new PriorityMetrics(
                priority,
                rows.Sum(r => r.Spend.CapitalActual),
                rows.Sum(r => r.Spend.RevenueActual),
                rows.Sum(r => r.Spend.ForecastOutturn),
                allActual == 0m ? 0m : actual / allActual,
                rows.Count);
        }).ToList();
    }

    public IReadOnlyList<InterventionMetrics> Interventions() =>
        _rows.GroupBy(r => r.Intervention)
            .OrderBy(g => g.Key.Nation)
            .ThenBy(g => Catalogue.Catalogue.InterventionNumber(g.Key.Code))
            .ThenBy(g => g.Key.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => new InterventionMetrics(
                g.Key.Code,
                g.Key.Title,
                g.Key.Priority,
                g.Sum(r => r.Spend.Actual),
                g.Sum(r => r.Spend.ForecastOutturn),
                g.Count(),
                g.Select(r => r.LlaCode).Distinct(StringComparer.OrdinalIgnoreCase).Count()))
            .ToList();

    private sealed record ProjectRow(string LlaCode, Intervention Intervention, ProjectSpend Spend);
}
