using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Metrics;

/// <summary>
/// Indicator figures across the programme. Percentages and perception measures are counted (councils, lines) but
/// never added up; cost per unit is only meaningful for counts and is worked out per indicator, from the spend of
/// the projects that report it, so two indicators of one project are never combined.
/// </summary>
internal sealed class IndicatorTotals(Catalogue.Catalogue catalogue, RoundId round, decimal timeElapsed, decimal onTrackTolerance)
{
    public IReadOnlyList<IndicatorMetrics> Calculate(IReadOnlyList<(Council Council, CouncilReturn Return)> returns)
    {
        var reported = new List<ReportedLine>();
        foreach (var (council, councilReturn) in returns)
        {
            var ledger = new ReturnLedger(councilReturn, round);
            foreach (var line in councilReturn.IndicatorLines)
            {
                var indicator = catalogue.FindIndicator(line.IndicatorCode, round.Year);
                if (indicator is not null) reported.Add(new ReportedLine(council.Code, indicator, line, ledger.Project(line.ProjectRef).Actual));
            }
        }

        return reported.GroupBy(r => r.Indicator.Code, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => Summarise(g.First().Indicator, g.ToList()))
            .ToList();
    }

    private IndicatorMetrics Summarise(Indicator indicator, IReadOnlyList<ReportedLine> lines)
    {
        var councils = lines.Select(l => l.LlaCode).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (!indicator.Summable)
            return new IndicatorMetrics(indicator.Code, indicator.Title, indicator.Kind, indicator.Unit, null, null, null, null, null, councils, lines.Count);

        var actual = lines.Sum(l => l.Line.CumulativeActual);
        var targets = lines.Where(l => l.Line.Target is not null).ToList();
        decimal? target = targets.Count == 0 ? null : targets.Sum(l => l.Line.Target!.Value);
        decimal? delivery = target > 0m ? Saturating.Divide(actual, target.Value) : null;
        bool? onTrack = delivery is null ? null : delivery >= timeElapsed - onTrackTolerance;

        return new IndicatorMetrics(
            indicator.Code, indicator.Title, indicator.Kind, indicator.Unit,
            actual, target, delivery, onTrack, CostPerUnit(indicator, lines, actual), councils, lines.Count);
    }

    private static decimal? CostPerUnit(Indicator indicator, IReadOnlyList<ReportedLine> lines, decimal actual)
    {
        if (indicator.Unit != IndicatorUnit.Count || actual <= 0m) return null;
        // A project reporting the indicator on two lines still spent its money once.
        var spend = lines.DistinctBy(l => (l.LlaCode.ToUpperInvariant(), l.Line.ProjectRef.Trim().ToUpperInvariant())).Sum(l => l.ProjectActual);
        return Saturating.Divide(spend, actual);
    }

    private sealed record ReportedLine(string LlaCode, Indicator Indicator, IndicatorLine Line, decimal ProjectActual);
}
