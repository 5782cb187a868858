using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;
using Ukspf.Workbooks.Consolidated;
using Ukspf.Workbooks.Tests.Writing;
using Xunit;

namespace Ukspf.Workbooks.Tests.Consolidated;

public class ConsolidatedReturnWriterTests
{
    private static readonly string[] CouncilHeaders =
    [
        "GSS code", "Council", "Nation", "Capital allocation", "Revenue allocation", "Total allocation",
        "Capital actual to date", "Revenue actual to date", "Total actual to date", "Forecast outturn", "Underspend risk",
        "Spend rate", "Spend gap", "RAG", "M&A share", "Capital share", "Projects planned", "Projects live",
        "Projects finished", "Projects closed early", "Jobs (FTE)", "Cost per job", "Accepted return",
    ];

    private static byte[] Write(RoundReport report)
    {
        using var output = new MemoryStream();
        ConsolidatedReturnWriter.Write(report, output);
        return output.ToArray();
    }

    private static SpreadsheetDocument Open(byte[] xlsx) => SpreadsheetDocument.Open(new MemoryStream(xlsx), false);

    private static decimal Exact(ReadCell cell)
    {
        Assert.True(cell.IsNumber, $"{cell.Reference} should be stored as a number");
        return decimal.Parse(cell.Text!, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>A figure as Excel holds it: to 15 significant digits, so pennies are exact and long fractions are cut there.</summary>
    private static decimal Held(decimal value)
    {
        if (value == 0m) return 0m;
        var digits = 15 - (int)Math.Floor(Math.Log10((double)Math.Abs(value))) - 1;
        return digits >= 0 ? Math.Round(value, Math.Min(digits, 28), MidpointRounding.AwayFromZero) : value;
    }

    private static decimal Money(object? value) => (decimal)Assert.IsType<double>(value);

    [Fact]
    public void Sheets_come_in_the_published_order_for_both_readers()
    {
        var xlsx = Write(new RoundReportBuilder().Build());

        using var document = Open(xlsx);
        string[] expected = ["Summary", "Councils", "Priorities", "Interventions", "Outputs", "Outcomes", "Exceptions", "Submissions"];
        Assert.Equal(expected, SheetGrid.SheetNames(document));
        Assert.Equal(expected, ConsolidatedReturnWriter.SheetNames);
        Assert.Equal(expected, DataReaderSheets.Read(xlsx).Select(s => s.Name));
    }

    [Fact]
    public void Councils_sheet_has_its_header_row_then_one_row_per_council()
    {
        var report = new RoundReportBuilder().WithCouncils(5).Build();

        using var document = Open(Write(report));
        var rows = SheetGrid.Rows(document, "Councils");

        Assert.Equal(CouncilHeaders, rows[0].Select(c => c.Text));
        Assert.Equal(report.Councils.Select(c => c.LlaCode), rows.Skip(1).Select(r => r[0].Text));
    }

    [Fact]
    public void Council_figures_are_stored_as_exact_numbers()
    {
        var report = new RoundReportBuilder().WithCouncils(4).Build();

        using var document = Open(Write(report));
        var rows = SheetGrid.Rows(document, "Councils");

        for (var i = 0; i < report.Councils.Count; i++)
        {
            var c = report.Councils[i];
            var row = rows[i + 1].ToDictionary(x => x.Reference[..^((i + 2).ToString(CultureInfo.InvariantCulture).Length)]);
            Assert.Equal(c.Capital.Allocation, Exact(row["D"]));
            Assert.Equal(c.Revenue.Allocation, Exact(row["E"]));
            Assert.Equal(c.Total.Allocation, Exact(row["F"]));
            Assert.Equal(c.Total.Actual, Exact(row["I"]));
            Assert.Equal(c.Total.ForecastOutturn, Exact(row["J"]));
            Assert.Equal(c.Total.UnderspendRisk, Exact(row["K"]));
            Assert.Equal(Held(c.Total.SpendRate), Exact(row["L"]));
            Assert.Equal(Held(c.SpendGap), Exact(row["M"]));
            Assert.Equal(c.Rag.ToString(), row["N"].Text);
            Assert.Equal(Held(c.JobsFte), Exact(row["U"]));
            Assert.Equal(c.CostPerJob, row.TryGetValue("V", out var cost) && cost.Text is not null ? Exact(cost) : null);
            Assert.Equal(c.HasAcceptedReturn ? "Yes" : "No", row["W"].Text);
        }
    }

    [Fact]
    public void ExcelDataReader_reads_council_money_to_the_penny_and_rates_as_numbers()
    {
        var report = new RoundReportBuilder().WithCouncils(6).Build();

        var councils = DataReaderSheets.Read(Write(report)).Single(s => s.Name == "Councils");

        Assert.Equal(CouncilHeaders, councils.Rows[0].Select(v => v as string));
        Assert.Equal(report.Councils.Count + 1, councils.Rows.Count);
        for (var i = 0; i < report.Councils.Count; i++)
        {
            var c = report.Councils[i];
            var row = councils.Rows[i + 1];
            Assert.Equal(c.LlaCode, row[0]);
            Assert.Equal(c.Name, row[1]);
            Assert.Equal(c.Capital.Allocation, Money(row[3]));
            Assert.Equal(c.Revenue.Allocation, Money(row[4]));
            Assert.Equal(c.Total.Allocation, Money(row[5]));
            Assert.Equal(c.Capital.Actual, Money(row[6]));
            Assert.Equal(c.Revenue.Actual, Money(row[7]));
            Assert.Equal(c.Total.ForecastOutturn, Money(row[9]));
            Assert.Equal(c.Total.UnderspendRisk, Money(row[10]));
            Assert.Equal((double)c.Total.SpendRate, Assert.IsType<double>(row[11]), 12);
            Assert.Equal(c.ProjectsByStatus[ProjectStatus.Live], Assert.IsType<double>(row[17]));
            Assert.Equal(0d, Assert.IsType<double>(row[18]));
            Assert.Equal(c.CostPerJob, row[21] is null ? null : Money(row[21]));
            Assert.Equal("\"£\"#,##0.00", councils.Formats[i + 1][3]);
            Assert.Equal("0.0%", councils.Formats[i + 1][11]);
        }
    }

    [Fact]
    public void Summary_gives_the_programme_totals_and_the_as_of_date_as_a_real_date()
    {
        var report = new RoundReportBuilder().WithCouncils(7).Build();

        var summary = DataReaderSheets.Read(Write(report)).Single(s => s.Name == "Summary");
        var values = summary.Rows.Skip(1).ToDictionary(r => (string)r[0]!, r => r[1]);

        Assert.Equal(["Measure", "Value"], summary.Rows[0].Select(v => v as string));
        Assert.Equal("2024-25-Q2", values["Round"]);
        Assert.Equal("2022-25", values["Funding period"]);
        Assert.Equal(RoundReportBuilder.AsOf.ToDateTime(TimeOnly.MinValue), Assert.IsType<DateTime>(values["As of"]));
        var p = report.Programme;
        Assert.Equal(p.Capital.Allocation, Money(values["Allocation, capital"]));
        Assert.Equal(p.Total.Allocation, Money(values["Allocation, total"]));
        Assert.Equal(p.Total.Actual, Money(values["Actual spend to date, total"]));
        Assert.Equal(p.Revenue.ForecastOutturn, Money(values["Forecast outturn, revenue"]));
        Assert.Equal(p.Total.UnderspendRisk, Money(values["Underspend risk, total"]));
        Assert.Equal((double)p.TimeElapsed, Assert.IsType<double>(values["Time elapsed"]), 12);
        Assert.Equal(p.JobsFte, (decimal)Assert.IsType<double>(values["Jobs created and safeguarded (FTE)"]));
        Assert.Equal(p.CostPerJob, Money(values["Cost per job"]));
        Assert.Equal((double)p.CouncilsExpected, values["Councils expected to return"]);
        Assert.Equal((double)p.ReturnsAccepted, values["Returns accepted"]);
        Assert.Equal((double)p.RagCounts[Rag.Red], values["Councils rated Red"]);
        Assert.Equal((double)p.RagCounts[Rag.Green], values["Councils rated Green"]);
    }

    [Fact]
    public void Indicator_figures_that_cannot_be_summed_are_left_blank_not_zero()
    {
        var report = new RoundReportBuilder().Build();

        var sheets = DataReaderSheets.Read(Write(report));
        var outputs = sheets.Single(s => s.Name == "Outputs").Rows;
        var outcomes = sheets.Single(s => s.Name == "Outcomes").Rows;

        Assert.Equal(["O1", "O2"], outputs.Skip(1).Select(r => r[0]));
        Assert.Equal(["OC1", "OC2"], outcomes.Skip(1).Select(r => r[0]));
        Assert.Equal(12_500.5m, (decimal)Assert.IsType<double>(outputs[1][3]));
        Assert.Equal(1_234m, (decimal)Assert.IsType<double>(outputs[2][3]));
        Assert.Null(outputs[2][4]);
        Assert.Null(outputs[2][5]);
        var perception = outcomes[2];
        Assert.Equal("%", perception[2]);
        Assert.All(new[] { 3, 4, 5, 6, 7 }, i => Assert.Null(perception[i]));
        Assert.Equal("No", outcomes[1][6]);
        Assert.Equal(12_345.67m, Money(outcomes[1][7]));
    }

    [Fact]
    public void Exceptions_and_submissions_list_every_entry_with_council_names_utc_times_and_who_uploaded()
    {
        var report = new RoundReportBuilder().WithCouncils(3).WithFindingsPerCouncil(3).WithSubmissionsPerCouncil(3).Build();

        var sheets = DataReaderSheets.Read(Write(report));
        var exceptions = sheets.Single(s => s.Name == "Exceptions").Rows;
        var submissions = sheets.Single(s => s.Name == "Submissions").Rows;

        Assert.Equal(report.Findings.Count + 1, exceptions.Count);
        for (var i = 0; i < report.Findings.Count; i++)
        {
            var f = report.Findings[i];
            Assert.Equal([f.Severity.ToString(), f.Kind, f.LlaCode, report.Councils.Single(c => c.LlaCode == f.LlaCode).Name, f.Message], exceptions[i + 1]);
        }

        Assert.Equal(report.Submissions.Count + 1, submissions.Count);
        for (var i = 0; i < report.Submissions.Count; i++)
        {
            var s = report.Submissions[i];
            var row = submissions[i + 1];
            Assert.Equal(s.FileName, row[2]);
            Assert.Equal(s.ReceivedAt.UtcDateTime, Assert.IsType<DateTime>(row[3]), TimeSpan.FromSeconds(1));
            Assert.Equal(s.UploadedBy, row[4]);
            Assert.Equal(s.Status.ToString(), row[5]);
            Assert.Equal((double)s.Errors, row[6]);
            Assert.Equal((double)s.Warnings, row[7]);
            Assert.Equal(s.Reason, row[8]);
            Assert.Equal(s.SubmissionId, row[9]);
        }
    }

    [Fact]
    public void Rag_cells_are_filled_in_their_colour()
    {
        var report = new RoundReportBuilder().WithCouncils(3).Build();

        using var document = Open(Write(report));
        var cells = SheetGrid.Cells(document, "Councils");

        var colours = new Dictionary<Rag, string> { [Rag.Red] = "FFFFC7CE", [Rag.Amber] = "FFFFE0A3", [Rag.Green] = "FFC6EFCE" };
        for (var i = 0; i < report.Councils.Count; i++)
        {
            var rag = report.Councils[i].Rag;
            Assert.Equal(colours[rag], SheetGrid.FillColour(document, cells[$"N{i + 2}"].Style));
        }
    }

    [Fact]
    public void Every_sheet_has_a_bold_frozen_filtered_header_and_set_column_widths()
    {
        var report = new RoundReportBuilder().WithCouncils(4).Build();

        using var document = Open(Write(report));

        foreach (var name in SheetGrid.SheetNames(document))
        {
            var worksheet = SheetGrid.Part(document, name).Worksheet;
            var rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
            var header = rows[0].Elements<Cell>().ToList();
            var pane = worksheet.Descendants<Pane>().Single();
            Assert.Contains(pane.State!.Value, new[] { PaneStateValues.Frozen, PaneStateValues.FrozenSplit });
            Assert.Equal(1d, pane.VerticalSplit!.Value);
            var lastColumn = header[^1].CellReference!.Value![..^1];
            Assert.Equal($"A1:{lastColumn}{rows.Count}", worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
            Assert.Equal(header.Count, worksheet.Descendants<Column>().Sum(c => (int)(c.Max!.Value - c.Min!.Value + 1)));
            Assert.All(worksheet.Descendants<Column>(), c => Assert.True(c.CustomWidth?.Value, $"{name} column {c.Min} has no width of its own"));
            var font = FontOf(document, header[0].StyleIndex!.Value);
            Assert.NotNull(font.GetFirstChild<Bold>());
        }

        var names = document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().ToList();
        Assert.Equal(SheetGrid.SheetNames(document).Count, names.Count(n => n.Name == "_xlnm._FilterDatabase"));
    }

    [Fact]
    public void Money_rates_and_dates_carry_real_number_formats()
    {
        using var document = Open(Write(new RoundReportBuilder().Build()));
        var councils = SheetGrid.Cells(document, "Councils");
        var submissions = SheetGrid.Cells(document, "Submissions");
        var summary = SheetGrid.Rows(document, "Summary");

        Assert.Equal("\"£\"#,##0.00", SheetGrid.FormatCode(document, councils["D2"].Style));
        Assert.Equal("0.0%", SheetGrid.FormatCode(document, councils["L2"].Style));
        Assert.Equal("dd/mm/yyyy hh:mm", SheetGrid.FormatCode(document, submissions["D2"].Style));
        var asOf = summary.Single(r => r[0].Text == "As of")[1];
        Assert.Equal("dd/mm/yyyy", SheetGrid.FormatCode(document, asOf.Style));
        Assert.Equal(RoundReportBuilder.AsOf, DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(asOf.Text!, CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Every_part_is_default_namespace_spreadsheetml_without_the_x_prefix()
    {
        var xlsx = Write(new RoundReportBuilder().Build());

        var parts = PackageChecks.XmlParts(xlsx);
        Assert.Empty(PackageChecks.PrefixedSpreadsheetParts(xlsx));
        Assert.Empty(PackageChecks.AbsoluteRelationshipTargets(xlsx));
        var worksheets = parts.Where(p => p.Key.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, worksheets.Count);
        Assert.All(worksheets, p => Assert.Matches("^<\\?xml[^>]*\\?><worksheet [^>]*xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", p.Value));
        Assert.Matches("<workbook [^>]*xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", parts["xl/workbook.xml"]);
        Assert.Matches("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", parts["xl/styles.xml"]);
        Assert.Matches("<sst [^>]*xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", parts["xl/sharedStrings.xml"]);
    }

    [Fact]
    public void The_consolidated_return_passes_the_open_xml_validator_and_has_a_title()
    {
        var xlsx = Write(new RoundReportBuilder().WithCouncils(9).Build());

        Assert.Empty(PackageChecks.ValidationErrors(xlsx));
        using var document = Open(xlsx);
        Assert.Equal("UKSPF consolidated return 2024-25-Q2", document.PackageProperties.Title);
        Assert.Contains("docProps/core.xml", PackageChecks.XmlParts(xlsx).Keys);
    }

    [Fact]
    public void A_full_round_of_250_councils_and_ten_thousand_rows_reads_back_whole()
    {
        var report = new RoundReportBuilder().WithCouncils(250).WithFindingsPerCouncil(10).WithSubmissionsPerCouncil(30).Build();

        var xlsx = Write(report);

        var sheets = DataReaderSheets.Read(xlsx).ToDictionary(s => s.Name);
        Assert.Equal(251, sheets["Councils"].Rows.Count);
        Assert.Equal(report.Findings.Count + 1, sheets["Exceptions"].Rows.Count);
        Assert.Equal(report.Submissions.Count + 1, sheets["Submissions"].Rows.Count);
        Assert.True(sheets.Values.Sum(s => s.Rows.Count) > 10_000);
        var last = report.Councils[^1];
        Assert.Equal(last.Total.Allocation, Money(sheets["Councils"].Rows[^1][5]));
        Assert.Equal(report.Submissions[^1].SubmissionId, sheets["Submissions"].Rows[^1][9]);
        Assert.Empty(PackageChecks.PrefixedSpreadsheetParts(xlsx));
    }

    private static Font FontOf(SpreadsheetDocument document, uint style)
    {
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)style);
        return stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value);
    }
}
