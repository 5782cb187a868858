using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;

namespace Ukspf.Cli.Demo;

/// <summary>
/// Makes the return a council would plausibly fill in for the demo: a few live projects under interventions of its
/// nation, spend to date and a forecast for the rest of the year within its allocation, outputs and outcomes the
/// catalogue allows, programme answers and sign-off. Deterministic for a given seed.
/// </summary>
public sealed class DemoReturnFactory(Catalogue catalogue, Round round)
{
    /// <summary>A valid return for <paramref name="council"/> with the given allocations.</summary>
    /// <param name="council">The council.</param>
    /// <param name="capital">Capital allocation for the year.</param>
    /// <param name="revenue">Revenue allocation for the year.</param>
    /// <param name="seed">Varies projects, interventions and how far spend has got.</param>
    public CouncilReturn Create(Council council, decimal capital, decimal revenue, int seed)
    {
        var random = new Random(seed);
        var year = round.Id.Year;
        var quarters = Enumerable.Range(1, 4).Select(q => new RoundId(year, PeriodKind.Quarter, q)).ToList();
        var interventions = catalogue.InterventionsFor(council.Nation, year)
            .Where(i => i.Priority != InvestmentPriority.Multiply && OutputsFor(i).Any()).ToList();
        var projectCount = 3 + random.Next(3);
        var management = Math.Round((capital + revenue) * 0.03m, 2);
        var outturnShare = 0.83m + random.Next(0, 18) / 100m;
        var actualShare = 0.55m + random.Next(0, 21) / 100m;

        var projects = new List<ReturnProject>();
        var spend = new List<SpendLine>();
        var outputs = new List<IndicatorLine>();
        var outcomes = new List<IndicatorLine>();
        for (var p = 0; p < projectCount; p++)
        {
            var intervention = interventions[random.Next(interventions.Count)];
            var reference = $"{council.Slug.ToUpperInvariant()[..Math.Min(3, council.Slug.Length)]}-{p + 1:000}";
            projects.Add(new ReturnProject(reference, $"{intervention.Title} ({council.Name})", intervention.Code, ProjectStatus.Live, null,
                year.Start, year.End, $"{council.Name} Council", council.Name));

            var projectCapital = Share(capital, projectCount) * outturnShare;
            var projectRevenue = Share(Math.Max(0m, revenue - management), projectCount) * outturnShare;
            foreach (var (quarter, index) in quarters.Select((q, i) => (q, i)))
            {
                var past = quarter.End <= round.Id.End;
                var weight = past ? actualShare / 3m : 1m - actualShare;
                var cap = Math.Round(projectCapital * weight, 2);
                var rev = Math.Round(projectRevenue * weight, 2);
                spend.Add(past ? new SpendLine(reference, quarter, cap, rev, 0m, 0m) : new SpendLine(reference, quarter, 0m, 0m, cap, rev));
            }

            var output = OutputsFor(intervention).ElementAt(random.Next(OutputsFor(intervention).Count()));
            var target = 20m + random.Next(0, 200);
            var delivered = Math.Round(target * actualShare, 0);
            outputs.Add(new IndicatorLine(reference, output.Code, Catalogue.LabelOf(output.Unit), delivered, delivered, target));
            if (OutcomesFor(intervention).FirstOrDefault() is { } outcome)
            {
                var outcomeTarget = 5m + random.Next(0, 30);
                var achieved = Math.Round(outcomeTarget * actualShare / 2m, 0);
                outcomes.Add(new IndicatorLine(reference, outcome.Code, Catalogue.LabelOf(outcome.Unit), achieved, achieved, outcomeTarget));
            }
        }
        foreach (var quarter in quarters)
        {
            var past = quarter.End <= round.Id.End;
            var amount = Math.Round(management / 4m, 2);
            spend.Add(past ? new SpendLine(SpendLine.ManagementAndAdministration, quarter, 0m, amount, 0m, 0m)
                           : new SpendLine(SpendLine.ManagementAndAdministration, quarter, 0m, 0m, 0m, amount));
        }

        var totals = DeclaredTotals.Of(spend);
        var outturnCapital = totals.CapitalActual!.Value + totals.CapitalForecast!.Value;
        var outturnRevenue = totals.RevenueActual!.Value + totals.RevenueForecast!.Value;
        var programme = new ProgrammeAnswers(
            outturnShare >= 0.95m ? Rag.Green : outturnShare >= 0.85m ? Rag.Amber : Rag.Red, Rag.Green,
            $"{projectCount} projects are live and delivering to plan. Spend to date is {actualShare:P0} of the year's plan.",
            "Final quarter spend is committed through signed grant agreements.",
            Math.Max(0m, capital - outturnCapital), Math.Max(0m, revenue - outturnRevenue), 0m);
        var signOff = new SignOff("Alex Morgan", "Section 151 officer", round.Id.End.AddDays(10));
        return new CouncilReturn(new ReturnMetadata(TemplateSchema.Version, round.Id.ToString(), council.Code),
            projects, spend, outputs, outcomes, totals, programme, signOff);
    }

    private IEnumerable<Indicator> OutputsFor(Intervention intervention) =>
        catalogue.IndicatorsFor(round.Id.Year).Where(i => i.Kind == IndicatorKind.Output && i.Unit is IndicatorUnit.Count or IndicatorUnit.SquareMetres && i.AllowedFor(intervention));

    private IEnumerable<Indicator> OutcomesFor(Intervention intervention) =>
        catalogue.IndicatorsFor(round.Id.Year).Where(i => i.Kind == IndicatorKind.Outcome && i.Unit is IndicatorUnit.Count or IndicatorUnit.Fte && i.AllowedFor(intervention));

    private static decimal Share(decimal total, int parts) => Math.Round(total / parts, 2);
}
