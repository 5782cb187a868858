using ClosedXML.Excel;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;
using Ukspf.Workbooks.Filling;
using Ukspf.Workbooks.Reading;
using Ukspf.Workbooks.Template;
using Ukspf.Workbooks.Tests.Filling;
using Xunit;

namespace Ukspf.Workbooks.Tests.Template;

/// <summary>A template pre-filled from the council's last accepted return: what it carries, and how it shows it.</summary>
public class CarriedForwardTests
{
    private const string Input = "FFFFF2CC";
    private const string Carried = "FFE2EFDA";

    // The realistic return was accepted for Q2; the template is for Q3 of the same year.
    private static byte[] Q3Template(CouncilReturn? previous = null) =>
        Templates.Generate(Templates.Request(round: Templates.Round("2025-26-Q3")) with
        {
            CarriedForward = new CarriedForward(previous ?? Returns.Realistic(), Returns.Q2),
        });

    private static CouncilReturn Parsed(byte[] xlsx)
    {
        var parsed = ReturnParser.Parse(new ReturnReader().Read(new MemoryStream(xlsx)));
        return parsed.Return ?? throw new InvalidOperationException(string.Join("\n", parsed.Findings.Select(f => f.Message)));
    }

    [Fact]
    public void Reads_back_with_every_project_and_each_indicators_figure_to_date_and_target()
    {
        var previous = Returns.Realistic();

        var carried = Parsed(Q3Template(previous));

        Assert.Equal(previous.Projects.Select(p => p with { Source = null }), carried.Projects.Select(p => p with { Source = null }));
        Assert.Equal(previous.Outputs.Select(l => (l.ProjectRef, l.IndicatorCode, l.Unit, l.CumulativeActual, l.Target)),
            carried.Outputs.Select(l => (l.ProjectRef, l.IndicatorCode, l.Unit, l.CumulativeActual, l.Target)));
        Assert.Equal(previous.Outcomes.Select(l => (l.ProjectRef, l.IndicatorCode, l.CumulativeActual, l.Target)),
            carried.Outcomes.Select(l => (l.ProjectRef, l.IndicatorCode, l.CumulativeActual, l.Target)));
        // This quarter's forecast, comment and correction are the officer's to give.
        Assert.All(carried.IndicatorLines, l => Assert.Equal((null, null, null), (l.Forecast, l.Comment, l.CorrectionReason)));
    }

    [Fact]
    public void Spend_keeps_the_actuals_of_quarters_reported_the_forecasts_still_to_come_and_leaves_the_new_quarter_to_fill()
    {
        var carried = Parsed(Q3Template());

        var spend = carried.Spend.ToDictionary(s => (s.ProjectRef, s.Quarter.ToString()));
        Assert.Equal((1234.56m, 0m, 0m, 0m), Amounts(spend[("ADU-001", "2025-26-Q1")]));
        Assert.Equal((25000.10m, 310.25m, 0m, 0m), Amounts(spend[("ADU-001", "2025-26-Q2")]));
        Assert.Equal((0m, 7999.99m, 0m, 0m), Amounts(spend[("ADU-002", "2025-26-Q2")]));
        // Q3 was a forecast in Q2's return and has ended since: the line is there, its actuals are to come.
        Assert.Equal((0m, 0m, 0m, 0m), Amounts(spend[("ADU-001", "2025-26-Q3")]));
        Assert.Null(spend[("ADU-002", "2025-26-Q2")].CorrectionReason);
        Assert.Equal(26234.66m, carried.Totals!.CapitalActual);
    }

    [Fact]
    public void A_new_financial_year_carries_the_projects_and_indicators_but_no_spend()
    {
        var template = Templates.Generate(Templates.Request(round: Templates.Round("2026-27-Q1")) with
        {
            CarriedForward = new CarriedForward(Returns.Realistic(), Returns.Q2),
        });

        var carried = Parsed(template);

        Assert.Equal(3, carried.Projects.Count);
        Assert.Empty(carried.Spend);
        Assert.Equal(2, carried.Outputs.Count);
    }

    [Fact]
    public void Carried_cells_are_shaded_apart_from_empty_input_cells_and_the_start_sheet_says_what_the_shade_means()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Q3Template()));
        var projects = workbook.Worksheet(TemplateSchema.Sheets.Projects);
        var spend = workbook.Worksheet(TemplateSchema.Sheets.Spend);
        var start = workbook.Worksheet(TemplateSchema.Sheets.Start);

        Assert.Equal(Carried, Fill(projects.Cell("A5")));
        Assert.Equal(Carried, Fill(spend.Cell("C5")));
        Assert.False(projects.Cell("A5").Style.Protection.Locked);
        // ADU-001's Q3 line: its project and quarter are carried, its actuals are for the officer to type.
        Assert.Equal("2025-26-Q3", spend.Cell("B7").GetString());
        Assert.Equal(Carried, Fill(spend.Cell("B7")));
        Assert.Equal(Input, Fill(spend.Cell("C7")));
        Assert.Equal(Input, Fill(projects.Cell("A8")));
        var key = start.CellsUsed().Single(c => c.GetString().StartsWith("Cells shaded like this one", StringComparison.Ordinal));
        Assert.Equal(Carried, Fill(key));
        Assert.Contains("2025-26-Q2", key.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_officer_updates_the_carried_template_and_it_still_reads_as_a_whole_return()
    {
        var carried = Parsed(Q3Template());
        var updated = carried with
        {
            Spend = [.. carried.Spend.Select(s => s.Quarter == Returns.Q3 && s.ProjectRef == "ADU-001" ? s with { CapitalActual = 500m } : s)],
            Programme = Returns.Realistic().Programme,
            SignOff = Returns.Realistic().SignOff,
        };

        var filled = Parsed(Filled.Workbook(updated, template: Q3Template()));

        Assert.Equal(500m, filled.Spend.Single(s => s.Quarter == Returns.Q3 && s.ProjectRef == "ADU-001").CapitalActual);
        Assert.Equal(26734.66m, filled.Totals!.CapitalActual);
        Assert.Equal(carried.Projects.Select(p => p with { Source = null }), filled.Projects.Select(p => p with { Source = null }));
    }

    private static (decimal, decimal, decimal, decimal) Amounts(SpendLine s) => (s.CapitalActual, s.RevenueActual, s.CapitalForecast, s.RevenueForecast);

    private static string Fill(IXLCell cell) => cell.Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8");
}
