using Ukspf.Domain.Returns;

namespace Ukspf.Domain.Reconciliation;

/// <summary>
/// What the cross-round checks of a later round need of a council's accepted return, and nothing more: the round
/// the return names, its actual spend per project and financial year, and its cumulative actuals per project and
/// indicator. Kept beside the return's lines when it is stored, so a reconciliation reads these few figures
/// instead of every line of every earlier round.
/// </summary>
/// <param name="Round">The round the return's metadata names, as written (may be blank).</param>
/// <param name="Spend">
/// Actual spend per project (the reference trimmed, compared ignoring case, as first spelt) and financial year, in
/// the order each pair first appears among the return's spend lines.
/// </param>
/// <param name="Indicators">
/// Cumulative actuals per project and indicator (compared trimmed and ignoring case), outputs then outcomes, in the
/// order each pair first appears.
/// </param>
public sealed record CumulativeTotals(string Round, IReadOnlyList<SpendTotal> Spend, IReadOnlyList<IndicatorTotal> Indicators)
{
    /// <summary>The totals of <paramref name="ret"/>: what <see cref="RoundReconciler"/> compares a later round's return with.</summary>
    public static CumulativeTotals Of(CouncilReturn ret)
    {
        var spend = new List<SpendTotal>();
        // Keyed as the checks compare projects: trimmed, ordinal ignoring case (the year's digits have no case).
        var spendAt = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ret.Spend)
        {
            var project = line.ProjectRef.Trim();
            var key = $"{line.Quarter.Year}|{project}";
            if (spendAt.TryGetValue(key, out var i)) spend[i] = spend[i] with { Actual = spend[i].Actual + line.Actual };
            else
            {
                spendAt[key] = spend.Count;
                spend.Add(new SpendTotal(project, line.Quarter.Year, line.Actual));
            }
        }

        var indicators = new List<IndicatorTotal>();
        var indicatorAt = new Dictionary<(string, string), int>(IndicatorTotal.KeyComparer);
        foreach (var line in ret.IndicatorLines)
        {
            var key = (line.ProjectRef, line.IndicatorCode);
            if (indicatorAt.TryGetValue(key, out var i)) indicators[i] = indicators[i] with { CumulativeActual = indicators[i].CumulativeActual + line.CumulativeActual };
            else
            {
                indicatorAt[key] = indicators.Count;
                indicators.Add(new IndicatorTotal(line.ProjectRef.Trim(), line.IndicatorCode.Trim(), line.CumulativeActual));
            }
        }
        return new CumulativeTotals(ret.Metadata.Round, spend, indicators);
    }
}
