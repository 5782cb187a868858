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
internal sealed class IndicatorTotals(Catalogue.Catalogue catalogue, RoundId round, decimal timeElapsed, decimal onTrackTolerance, Func<CouncilReturn, ReturnLedger> ledgerOf)
{
    public IReadOnlyList<IndicatorMetrics> Calculate(IReadOnlyList<(Council Council, CouncilReturn Return)> returns)
    {
        // Summed line by line as the returns come, each indicator in a running total of its own.
        var totals = new Dictionary<string, Running>(StringComparer.OrdinalIgnoreCase);
        foreach (var (council, councilReturn) in returns)
        {
            var ledger = ledgerOf(councilReturn);
            foreach (var line in councilReturn.IndicatorLines)
            {
                var indicator = catalogue.FindIndicator(line.IndicatorCode, round.Year);
                if (indicator is null) continue;
                if (!totals.TryGetValue(indicator.Code, out var running)) totals.Add(indicator.Code, running = new Running(indicator));
                running.Add(council.Code, line, ledger);
            }
        }

        return totals.OrderBy(t => t.Key, StringComparer.OrdinalIgnoreCase).Select(t => Summarise(t.Value)).ToList();
    }

    private IndicatorMetrics Summarise(Running running)
    {
        var indicator = running.Indicator;
        var councils = running.Councils.Count;
        if (!indicator.Summable)
            return new IndicatorMetrics(indicator.Code, indicator.Title, indicator.Kind, indicator.Unit, null, null, null, null, null, councils, running.Lines);

        var actual = running.Actual;
        var target = running.Target;
        decimal? delivery = target > 0m ? Saturating.Divide(actual, target.Value) : null;
        bool? onTrack = delivery is null ? null : delivery >= timeElapsed - onTrackTolerance;
        // Cost per unit is for counts only; a project reporting the indicator on two lines still spent its money once.
        decimal? costPerUnit = indicator.Unit == IndicatorUnit.Count && actual > 0m ? Saturating.Divide(running.ProjectSpend, actual) : null;

        return new IndicatorMetrics(
            indicator.Code, indicator.Title, indicator.Kind, indicator.Unit,
            actual, target, delivery, onTrack, costPerUnit, councils, running.Lines);
    }

    /// <summary>One indicator's lines so far: counts, sums, and the spend of each project reporting it, once.</summary>
    private sealed class Running(Indicator indicator)
    {
        private readonly HashSet<(string LlaCode, string ProjectRef)> _projects = new(ProjectComparer.Instance);

        public Indicator Indicator { get; } = indicator;

        public HashSet<string> Councils { get; } = new(StringComparer.OrdinalIgnoreCase);

        public int Lines { get; private set; }

        public decimal Actual { get; private set; }

        /// <summary>The lines' targets summed; null while no line has one.</summary>
        public decimal? Target { get; private set; }

        public decimal ProjectSpend { get; private set; }

        public void Add(string llaCode, IndicatorLine line, ReturnLedger ledger)
        {
            Lines++;
            Councils.Add(llaCode);
            Actual += line.CumulativeActual;
            if (line.Target is { } target) Target = (Target ?? 0m) + target;
            if (_projects.Add((llaCode, line.ProjectRef.Trim()))) ProjectSpend += ledger.Project(line.ProjectRef).Actual;
        }
    }

    /// <summary>A council's project: both parts compared ignoring case.</summary>
    private sealed class ProjectComparer : IEqualityComparer<(string LlaCode, string ProjectRef)>
    {
        public static ProjectComparer Instance { get; } = new();

        public bool Equals((string LlaCode, string ProjectRef) x, (string LlaCode, string ProjectRef) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.LlaCode, y.LlaCode) && StringComparer.OrdinalIgnoreCase.Equals(x.ProjectRef, y.ProjectRef);

        public int GetHashCode((string LlaCode, string ProjectRef) key) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key.LlaCode), StringComparer.OrdinalIgnoreCase.GetHashCode(key.ProjectRef));
    }
}
