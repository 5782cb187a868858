using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>The "Summary" sheet: the programme's figures for the round, one measure a row.</summary>
internal static class SummarySheet
{
    /// <summary>One measure, its value and how the value looks; a RAG count's measure is filled in its colour.</summary>
    internal sealed record Line(string Measure, object? Value, CellLook Look = default, Rag? Rag = null);

    private static readonly TableColumn<Line>[] Columns =
    [
        new("Measure", 46, l => l.Measure, RowLook: l => l.Rag is { } rag ? CellLook.For(rag) : CellLook.Plain),
        new("Value", 20, l => l.Value, RowLook: l => l.Look),
    ];

    /// <summary>The sheet for a report.</summary>
    public static IPublishedSheet For(RoundReport report) => new TableSheet<Line>("Summary", Columns, Lines(report));

    private static List<Line> Lines(RoundReport report)
    {
        var p = report.Programme;
        var lines = new List<Line>
        {
            new("Round", report.Round.Id.ToString()),
            new("Funding period", report.Round.FundingPeriod.ToString()),
            new("As of", report.AsOf, CellLook.Date),
            new("Councils expected to return", p.CouncilsExpected),
            new("Returns accepted", p.ReturnsAccepted),
        };
        AddSpend(lines, "Allocation", f => f.Allocation, CellLook.Money, p);
        AddSpend(lines, "Actual spend to date", f => f.Actual, CellLook.Money, p);
        AddSpend(lines, "Forecast outturn", f => f.ForecastOutturn, CellLook.Money, p);
        AddSpend(lines, "Underspend risk", f => f.UnderspendRisk, CellLook.Money, p);
        AddSpend(lines, "Spend rate", f => f.SpendRate, CellLook.Percent, p);
        lines.Add(new("Time elapsed", p.TimeElapsed, CellLook.Percent));
        lines.Add(new("Spend gap (time elapsed minus spend rate)", p.SpendGap, CellLook.Percent));
        lines.Add(new("M&A share of allocation", p.ManagementShare, CellLook.Percent));
        lines.Add(new("Capital share of actual spend", p.CapitalShare, CellLook.Percent));
        lines.Add(new("Jobs created and safeguarded (FTE)", p.JobsFte, CellLook.OneDecimal));
        lines.Add(new("Cost per job", p.CostPerJob, CellLook.Money));
        foreach (var rag in new[] { Rag.Red, Rag.Amber, Rag.Green })
        {
            lines.Add(new($"Councils rated {rag}", p.RagCounts.TryGetValue(rag, out var n) ? n : 0, Rag: rag));
        }

        return lines;
    }

    private static void AddSpend(List<Line> lines, string measure, Func<SpendFigures, decimal> figure, CellLook look, ProgrammeMetrics p)
    {
        foreach (var (slice, figures) in new[] { ("capital", p.Capital), ("revenue", p.Revenue), ("total", p.Total) })
        {
            lines.Add(new($"{measure}, {slice}", figure(figures), look));
        }
    }
}
