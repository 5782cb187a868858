using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>
/// A return that passes every rule for an English council in a quarter before the year's last: two live projects
/// under intervention E1, actuals for the quarters that have ended and forecasts for the rest, well inside the
/// allocations the harness loads, outputs and outcomes the catalogue allows with their forecasts met, every
/// programme answer and the sign-off.
/// </summary>
internal static class ValidReturn
{
    public static CouncilReturn For(Council council, RoundId round, decimal spendPerQuarter = 10_000m)
    {
        var prefix = council.Code.ToUpperInvariant()[..3];
        var year = round.Year;
        var projects = new[] { $"{prefix}-001", $"{prefix}-002" }
            .Select((reference, i) => new ReturnProject(reference, $"High street project {i + 1} ({council.Name})", "E1", ProjectStatus.Live, null,
                year.Start, year.End, $"{council.Name} Council", council.Name))
            .ToList();

        var quarters = Enumerable.Range(1, 4).Select(q => new RoundId(year, PeriodKind.Quarter, q)).ToList();
        var spend = new List<SpendLine>();
        foreach (var project in projects)
            foreach (var quarter in quarters)
                spend.Add(quarter.End <= round.End
                    ? new SpendLine(project.Ref, quarter, spendPerQuarter, spendPerQuarter / 2, 0m, 0m)
                    : new SpendLine(project.Ref, quarter, 0m, 0m, spendPerQuarter, spendPerQuarter / 2));
        foreach (var quarter in quarters)
            spend.Add(quarter.End <= round.End
                ? new SpendLine(SpendLine.ManagementAndAdministration, quarter, 0m, 1_000m, 0m, 0m)
                : new SpendLine(SpendLine.ManagementAndAdministration, quarter, 0m, 0m, 0m, 1_000m));

        var outputs = projects.Select(p => new IndicatorLine(p.Ref, "CP-O11", Catalogue.LabelOf(IndicatorUnit.Count), 4m, 4m, 10m)).ToList();
        var outcomes = projects.Select(p => new IndicatorLine(p.Ref, "CP-R01", Catalogue.LabelOf(IndicatorUnit.Fte), 1.5m, 1.5m, 6m)).ToList();
        var totals = DeclaredTotals.Of(spend);
        return new CouncilReturn(
            new ReturnMetadata(TemplateSchema.Version, round.ToString(), council.Code),
            projects, spend, outputs, outcomes, totals,
            new ProgrammeAnswers(Rag.Green, Rag.Green, "Both high street projects are delivering to plan.", "Final works are booked for the last quarter.", 5_000m, 2_500m, 0m),
            new SignOff("Sam Patel", "Section 151 officer", round.End.AddDays(10)));
    }

    /// <summary>The same return with the programme narrative changed, so the file differs but the figures do not.</summary>
    public static CouncilReturn Corrected(this CouncilReturn ret, string note) =>
        ret with { Programme = ret.Programme with { Narrative = ret.Programme.Narrative + " " + note } };

    /// <summary>The same return with every actual spend figure scaled, totals kept consistent.</summary>
    public static CouncilReturn WithActualsScaled(this CouncilReturn ret, decimal factor)
    {
        var spend = ret.Spend.Select(s => s with { CapitalActual = s.CapitalActual * factor, RevenueActual = s.RevenueActual * factor }).ToList();
        return ret with
        {
            Spend = spend,
            Totals = DeclaredTotals.Of(spend),
        };
    }
}
