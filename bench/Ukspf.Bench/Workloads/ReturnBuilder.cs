using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;

namespace Ukspf.Bench.Workloads;

/// <summary>
/// Builds the return a council would plausibly submit for a round, of a given size: live projects under interventions
/// of its nation, spend to date within its allocation and a forecast for the rest of the year, outputs and outcomes
/// the catalogue allows, programme answers and sign-off. A valid return, so every rule runs to its end; the same
/// seed gives the same return.
/// </summary>
public sealed class ReturnBuilder(Catalogue catalogue)
{
    private static readonly string[] Organisations =
    [
        "Council economic development team", "Chamber of Commerce", "Further education college", "Community trust",
        "Business growth hub", "Housing association", "Arts centre trust", "Rural community council",
        "Enterprise agency", "Youth employment charity", "Town centre partnership", "Heritage trust",
    ];

    private static readonly string[] Areas = ["Town centre", "North ward", "South ward", "East ward", "West ward", "Coastal strip", "Rural villages", "Borough-wide"];

    private readonly Dictionary<(string, Nation, FinancialYear, IndicatorKind), List<Indicator>> _allowed = [];

    // progress: how far through its plan the council is (1 now, less in earlier rounds), so cumulative figures rise round by round.
    public CouncilReturn Build(Council council, RoundId round, decimal capital, decimal revenue, ReturnShape shape, int seed, decimal progress = 1m)
    {
        var random = new Random(seed);
        var year = round.Year;
        var quarters = Enumerable.Range(1, 4).Select(q => new RoundId(year, PeriodKind.Quarter, q)).ToList();
        var interventions = Interventions(council.Nation, year, shape.OutputsPerProject);
        var management = Math.Round((capital + revenue) * 0.03m, 2);
        var outturnShare = 0.85m + random.Next(0, 11) / 100m;
        var actualShare = (0.55m + random.Next(0, 21) / 100m) * progress;
        var prefix = council.Code.ToUpperInvariant()[..Math.Min(3, council.Code.Length)];

        var projects = new List<ReturnProject>(shape.Projects);
        var spend = new List<SpendLine>(shape.SpendLines);
        var outputs = new List<IndicatorLine>(shape.OutputLines);
        var outcomes = new List<IndicatorLine>(shape.OutcomeLines);
        var projectCapital = Math.Round(capital / shape.Projects * outturnShare, 2);
        var projectRevenue = Math.Round(Math.Max(0m, revenue - management) / shape.Projects * outturnShare, 2);
        for (var p = 0; p < shape.Projects; p++)
        {
            var intervention = interventions[random.Next(interventions.Count)];
            var reference = $"{prefix}-{p + 1:00000}";
            projects.Add(new ReturnProject(reference, $"{intervention.Title}: scheme {p + 1}", intervention.Code, ProjectStatus.Live, null,
                year.Start, year.End, Organisations[random.Next(Organisations.Length)], Areas[random.Next(Areas.Length)]));
            foreach (var quarter in quarters)
            {
                var past = quarter.End <= round.End;
                var weight = past ? actualShare / 3m : 1m - actualShare;
                var cap = Math.Round(projectCapital * weight, 2);
                var rev = Math.Round(projectRevenue * weight, 2);
                spend.Add(past ? new SpendLine(reference, quarter, cap, rev, 0m, 0m) : new SpendLine(reference, quarter, 0m, 0m, cap, rev));
            }
            AddIndicators(outputs, reference, OutputsFor(intervention, year), shape.OutputsPerProject, actualShare, 20, random);
            AddIndicators(outcomes, reference, OutcomesFor(intervention, year), shape.OutcomesPerProject, actualShare / 2m, 5, random);
        }
        foreach (var quarter in quarters)
        {
            var amount = Math.Round(management / 4m, 2);
            spend.Add(quarter.End <= round.End
                ? new SpendLine(SpendLine.ManagementAndAdministration, quarter, 0m, amount, 0m, 0m)
                : new SpendLine(SpendLine.ManagementAndAdministration, quarter, 0m, 0m, 0m, amount));
        }

        var totals = new DeclaredTotals(spend.Sum(s => s.CapitalActual), spend.Sum(s => s.RevenueActual), spend.Sum(s => s.CapitalForecast), spend.Sum(s => s.RevenueForecast));
        var programme = new ProgrammeAnswers(
            outturnShare >= 0.95m ? Rag.Green : Rag.Amber, Rag.Green,
            $"{shape.Projects} projects are live and delivering to plan. Spend to date is {actualShare:P0} of the year's plan.",
            "Final quarter spend is committed through signed grant agreements.",
            Math.Max(0m, capital - totals.CapitalActual!.Value - totals.CapitalForecast!.Value),
            Math.Max(0m, revenue - totals.RevenueActual!.Value - totals.RevenueForecast!.Value), 0m);
        var signOff = new SignOff("Alex Morgan", "Section 151 officer", round.End.AddDays(10));
        return new CouncilReturn(new ReturnMetadata(TemplateSchema.Version, round.ToString(), council.Code),
            projects, spend, outputs, outcomes, totals, programme, signOff);
    }

    private static void AddIndicators(List<IndicatorLine> lines, string reference, IReadOnlyList<Indicator> allowed, int count, decimal share, int minimumTarget, Random random)
    {
        var first = allowed.Count == 0 ? 0 : random.Next(allowed.Count);
        for (var i = 0; i < Math.Min(count, allowed.Count); i++)
        {
            var indicator = allowed[(first + i) % allowed.Count];
            var target = minimumTarget + random.Next(0, 200);
            var delivered = Math.Round(target * share, 0);
            lines.Add(new IndicatorLine(reference, indicator.Code, Catalogue.LabelOf(indicator.Unit), delivered, delivered, target));
        }
    }

    // Interventions that allow enough output indicators for the shape, so every project has its full set of lines.
    private List<Intervention> Interventions(Nation nation, FinancialYear year, int outputsPerProject)
    {
        var candidates = catalogue.InterventionsFor(nation, year).Where(i => i.Priority != InvestmentPriority.Multiply).ToList();
        var most = candidates.Max(i => OutputsFor(i, year).Count);
        var needed = Math.Min(outputsPerProject, most);
        return candidates.Where(i => OutputsFor(i, year).Count >= needed).ToList();
    }

    private List<Indicator> OutputsFor(Intervention intervention, FinancialYear year) => Allowed(intervention, year, IndicatorKind.Output);

    private List<Indicator> OutcomesFor(Intervention intervention, FinancialYear year) => Allowed(intervention, year, IndicatorKind.Outcome);

    // Summable units only, so the metrics add them up as they would a council's real figures.
    private List<Indicator> Allowed(Intervention intervention, FinancialYear year, IndicatorKind kind)
    {
        var key = (intervention.Code, intervention.Nation, year, kind);
        if (_allowed.TryGetValue(key, out var found)) return found;
        return _allowed[key] = catalogue.IndicatorsFor(year)
            .Where(i => i.Kind == kind && i.Unit is IndicatorUnit.Count or IndicatorUnit.SquareMetres or IndicatorUnit.Fte && i.AllowedFor(intervention))
            .ToList();
    }
}
