using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;
using Ukspf.Workbooks.Writing;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>The "Summary" sheet: the programme's figures for the round, one measure a row.</summary>
internal static class SummarySheet
{
    /// <summary>One measure and how to write its value.</summary>
    internal sealed record Line(string Measure, Action<SheetXmlWriter, ConsolidatedStyles> Value, Rag? Rag = null);

    private static readonly TableColumn<Line>[] Columns =
    [
        new("Measure", 46, (w, l, s) => w.Text(l.Measure, l.Rag is { } rag ? s.For(rag) : 0)),
        new("Value", 20, (w, l, s) => l.Value(w, s)),
    ];

    /// <summary>The sheet for a report.</summary>
    public static IWorkbookTable For(RoundReport report) => new TableSheet<Line>("Summary", Columns, Lines(report));

    private static List<Line> Lines(RoundReport report)
    {
        var p = report.Programme;
        var lines = new List<Line>
        {
            new("Round", (w, _) => w.Text(report.Round.Id.ToString())),
            new("Funding period", (w, _) => w.Text(report.Round.FundingPeriod.ToString())),
            new("As of", (w, s) => w.Date(report.AsOf, s.Date)),
            new("Councils expected to return", (w, _) => w.Number(p.CouncilsExpected)),
            new("Returns accepted", (w, _) => w.Number(p.ReturnsAccepted)),
        };
        AddSpend(lines, "Allocation", f => f.Allocation, money: true, p);
        AddSpend(lines, "Actual spend to date", f => f.Actual, money: true, p);
        AddSpend(lines, "Forecast outturn", f => f.ForecastOutturn, money: true, p);
        AddSpend(lines, "Underspend risk", f => f.UnderspendRisk, money: true, p);
        AddSpend(lines, "Spend rate", f => f.SpendRate, money: false, p);
        lines.Add(new("Time elapsed", (w, s) => w.Number(p.TimeElapsed, s.Percent)));
        lines.Add(new("Spend gap (time elapsed minus spend rate)", (w, s) => w.Number(p.SpendGap, s.Percent)));
        lines.Add(new("M&A share of allocation", (w, s) => w.Number(p.ManagementShare, s.Percent)));
        lines.Add(new("Capital share of actual spend", (w, s) => w.Number(p.CapitalShare, s.Percent)));
        lines.Add(new("Jobs created and safeguarded (FTE)", (w, s) => w.Number(p.JobsFte, s.OneDecimal)));
        lines.Add(new("Cost per job", (w, s) => w.Number(p.CostPerJob, s.Money)));
        foreach (var rag in new[] { Rag.Red, Rag.Amber, Rag.Green })
        {
            var count = p.RagCounts.TryGetValue(rag, out var n) ? n : 0;
            lines.Add(new($"Councils rated {rag}", (w, _) => w.Number(count), rag));
        }

        return lines;
    }

    private static void AddSpend(List<Line> lines, string measure, Func<SpendFigures, decimal> figure, bool money, ProgrammeMetrics p)
    {
        foreach (var (slice, figures) in new[] { ("capital", p.Capital), ("revenue", p.Revenue), ("total", p.Total) })
        {
            var value = figure(figures);
            lines.Add(new($"{measure}, {slice}", (w, s) => w.Number(value, money ? s.Money : s.Percent)));
        }
    }
}
