using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;

namespace Ukspf.Workbooks.Template;

/// <summary>
/// What a council's template carries forward from its last accepted return, so the officer updates what changed
/// instead of retyping the programme: every project; in the same financial year, each spend line's actuals for the
/// quarters that had ended, its forecasts for the quarters still to come, and just its project and quarter for a
/// quarter that has ended since (its actuals are what the officer adds); every output and outcome line with its
/// figure to date and target.
/// </summary>
/// <param name="Return">The council's latest accepted return.</param>
/// <param name="Round">The round that return was for.</param>
public sealed record CarriedForward(CouncilReturn Return, RoundId Round)
{
    private static readonly string[] Actuals = ["CapitalActual", "RevenueActual"];
    private static readonly string[] Forecasts = ["CapitalForecast", "RevenueForecast"];
    private static readonly string[] NewEachRound = ["Forecast", "Comment", "CorrectionReason"];

    /// <summary>The rows carried into <paramref name="table"/> of the template for <paramref name="opening"/>, as cell values by column key.</summary>
    internal IReadOnlyList<Dictionary<string, FillValue>> Rows(TemplateTable table, RoundId opening, Func<string, string> indicatorLabel)
    {
        if (table == TemplateSchema.Projects) return ReturnRows.Projects(Return).ToList();
        if (table == TemplateSchema.Spend) return Spend(opening);
        var lines = table == TemplateSchema.Outputs ? Return.Outputs : table == TemplateSchema.Outcomes ? Return.Outcomes : [];
        return ReturnRows.Indicators(lines, indicatorLabel).Select(row => Without(row, NewEachRound)).ToList();
    }

    private List<Dictionary<string, FillValue>> Spend(RoundId opening)
    {
        // Each financial year's spend starts again from nothing.
        if (Round.Year != opening.Year) return [];
        var lines = Return.Spend.Select(line => (line.Quarter, Row: ReturnRows.Spend(line)));
        return lines.Select(x => x.Quarter.End <= Round.End ? Without(x.Row, [.. Forecasts, .. NewEachRound])
            : x.Quarter.End > opening.End ? Without(x.Row, [.. Actuals, .. NewEachRound])
            : Without(x.Row, [.. Actuals, .. Forecasts, .. NewEachRound])).ToList();
    }

    private static Dictionary<string, FillValue> Without(Dictionary<string, FillValue> row, IEnumerable<string> keys)
    {
        foreach (var key in keys) row.Remove(key);
        return row;
    }
}
