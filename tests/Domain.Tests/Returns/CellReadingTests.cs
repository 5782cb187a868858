using Ukspf.Domain.Returns;
using Ukspf.Domain.Returns.Parsing;
using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Returns;

/// <summary>Rule R02 as the parser applies it, cell by cell. Row 1 of Spend is P1 in 2025-26-Q1 (row 5 of the sheet).</summary>
public class CellReadingTests
{
    private static readonly string Spend = TemplateSchema.Spend.Name;
    private static readonly string Projects = TemplateSchema.Projects.Name;
    private static readonly string Outputs = TemplateSchema.Outputs.Name;

    [Theory]
    [InlineData("£1,200.50", 1200.50, "£1,200.50")]
    [InlineData("1,200", 1200, "£1,200.00")]
    [InlineData(" 1200 ", 1200, "£1,200.00")]
    [InlineData("£ 15,000", 15000, "£15,000.00")]
    public void Accepts_money_typed_as_text_with_a_warning_saying_how_it_was_read(string typed, double expected, string shown)
    {
        var parsed = Parse(b => b.WithCell(Spend, 1, "CapitalActual", CellValue.Text(typed)));

        Assert.Equal((decimal)expected, parsed.Return!.Spend[0].CapitalActual);
        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(RuleIds.Cells, finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Spend!C5", finding.Location.ToString());
        Assert.Equal(typed, finding.Value);
        Assert.Contains($"read as {shown}", finding.Message);
        Assert.Contains("type numbers as numbers", finding.Message);
    }

    [Theory]
    [InlineData("1200.5", 1200.5)]
    [InlineData("1E-3", 0.001)]
    [InlineData("0.1", 0.1)]
    public void Reads_a_number_cell_exactly_from_its_stored_text(string stored, double expected)
    {
        var parsed = Parse(b => b.WithCell(Spend, 1, "CapitalActual", CellValue.StoredNumber(stored)));

        Assert.Empty(parsed.Findings);
        Assert.Equal((decimal)expected, parsed.Return!.Spend[0].CapitalActual);
    }

    [Fact]
    public void Rejects_text_that_is_not_a_number_and_counts_the_amount_as_nothing()
    {
        var parsed = Parse(b => b.WithCell(Spend, 1, "CapitalActual", CellValue.Text("TBC")));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(RuleIds.Cells, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Spend!C5", finding.Location.ToString());
        Assert.Equal("TBC", finding.Value);
        Assert.Equal("Capital actual (£) must be a number; you entered 'TBC'.", finding.Message);
        Assert.Equal(0m, parsed.Return!.Spend[0].CapitalActual);
        Assert.Equal(8, parsed.Return.Spend.Count);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("12,00.50")]
    [InlineData("£")]
    public void Rejects_commas_that_do_not_separate_thousands_rather_than_guess(string typed)
    {
        var parsed = Parse(b => b.WithCell(Spend, 1, "CapitalActual", CellValue.Text(typed)));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal($"Capital actual (£) must be a number; you entered '{typed}'.", finding.Message);
    }

    [Fact]
    public void Rejects_true_or_false_where_a_number_belongs()
    {
        var parsed = Parse(b => b.WithCell(Outputs, 1, "Target", CellValue.Boolean(true)));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal("Outputs!F5", finding.Location.ToString());
        Assert.Equal("TRUE", finding.Value);
        Assert.Equal("Target (end of project) must be a number; you entered 'TRUE'.", finding.Message);
    }

    [Theory]
    [InlineData("-500")]
    [InlineData("-£500")]
    public void Rejects_negative_money_as_one_error_even_when_typed_as_text(string typed)
    {
        var parsed = Parse(b => b.WithCell(Spend, 1, "RevenueActual", typed.Contains('£') ? CellValue.Text(typed) : CellValue.StoredNumber(typed)));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Spend!D5", finding.Location.ToString());
        Assert.Contains("cannot be negative; you entered -£500.00", finding.Message);
    }

    [Fact]
    public void Rejects_an_error_value_in_a_cell()
    {
        var parsed = Parse(b => b.WithCell(Outputs, 1, "Forecast", CellValue.Error("#DIV/0!")));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Outputs!E5", finding.Location.ToString());
        Assert.Equal("#DIV/0!", finding.Value);
        Assert.Contains("shows the error #DIV/0!", finding.Message);
    }

    [Fact]
    public void Rejects_a_required_cell_holding_a_formula_whose_result_is_not_saved()
    {
        var parsed = Parse(b => b.WithCell(Projects, 1, "StartDate", CellValue.UncalculatedFormula));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal((RuleIds.Cells, Severity.Error, "Projects!F5"), (finding.RuleId, finding.Severity, finding.Location.ToString()));
        Assert.Null(finding.Value);
        Assert.Equal("Start date holds a formula whose result is not saved in the file, so it cannot be read. This happens when a file is saved by a program "
            + "other than Excel: open the file in Excel and save it, or type a date in place of the formula.", finding.Message);
        Assert.Null(parsed.Return!.Projects[0].StartDate);
    }

    [Theory]
    [InlineData("serial", "45748")]
    [InlineData("text", "2025-04-01")]
    [InlineData("text", "01/04/2025")]
    [InlineData("text", "1 April 2025")]
    public void Reads_dates_from_serial_numbers_and_from_iso_or_uk_day_first_text(string kind, string value)
    {
        var cell = kind == "serial" ? CellValue.StoredNumber(value) : CellValue.Text(value);

        var parsed = Parse(b => b.WithCell(Projects, 1, "StartDate", cell));

        Assert.Empty(parsed.Findings);
        Assert.Equal(new DateOnly(2025, 4, 1), parsed.Return!.Projects[0].StartDate);
    }

    [Fact]
    public void Rejects_a_date_it_cannot_read()
    {
        var parsed = Parse(b => b.WithCell(Projects, 1, "EndDate", CellValue.Text("next spring")));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal("Projects!G5", finding.Location.ToString());
        Assert.Equal("End date must be a date such as 01/04/2025; you entered 'next spring'.", finding.Message);
        Assert.Null(parsed.Return!.Projects[0].EndDate);
    }

    [Fact]
    public void Rejects_a_status_that_is_not_on_the_list_naming_the_choices()
    {
        var parsed = Parse(b => b.WithCell(Projects, 1, "Status", CellValue.Text("Ongoing")));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Projects!D5", finding.Location.ToString());
        Assert.Equal("Status must be Planned, Live, Finished or Closed early from the drop-down list; you entered 'Ongoing'.", finding.Message);
    }

    [Fact]
    public void Rejects_a_quarter_not_on_the_list_and_leaves_the_row_out()
    {
        var parsed = Parse(b => b.WithCell(Spend, 1, "Quarter", CellValue.Text("Q1")));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal("Spend!B5", finding.Location.ToString());
        Assert.Contains("a quarter such as 2025-26-Q1", finding.Message);
        Assert.Contains("This row is left out of the other checks until it is fixed.", finding.Message);
        Assert.Equal(7, parsed.Return!.Spend.Count);
    }

    [Fact]
    public void Reads_choices_whatever_their_case_and_takes_the_code_of_an_indicator_or_intervention()
    {
        var parsed = Parse(b => b
            .WithCell(Projects, 1, "Intervention", CellValue.Text("e1 - Improvements to town centres and high streets"))
            .WithCell(Projects, 1, "Status", CellValue.Text("closed EARLY"))
            .WithCell(Projects, 1, "ClosedReason", CellValue.Text("Contractor withdrew"))
            .WithCell(Outputs, 1, "Indicator", CellValue.Text("CP-O13"))
            .WithCell(Outputs, 1, "Unit", CellValue.Text("m²")));

        Assert.Empty(parsed.Findings);
        var ret = parsed.Return!;
        Assert.Equal("E1", ret.Projects[0].InterventionCode);
        Assert.Equal(ProjectStatus.ClosedEarly, ret.Projects[0].Status);
        Assert.Equal("CP-O13", ret.Outputs[0].IndicatorCode);
        Assert.Equal("m2", ret.Outputs[0].Unit);
    }

    [Fact]
    public void Reports_a_missing_required_cell_and_leaves_the_row_out()
    {
        var parsed = Parse(b => b.WithCell(Outputs, 1, "CumulativeActual", CellValue.Blank));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("Outputs!D5", finding.Location.ToString());
        Assert.StartsWith("Actual to date (cumulative) is required but is blank.", finding.Message);
        Assert.Empty(parsed.Return!.Outputs);
    }

    [Fact]
    public void Requires_a_reason_for_a_project_closed_early()
    {
        var parsed = Parse(b => b.WithCell(Projects, 1, "Status", CellValue.Text("Closed early")));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal("Projects!E5", finding.Location.ToString());
        Assert.Contains("required when the status is Closed early", finding.Message);
    }

    [Fact]
    public void Rejects_a_project_that_ends_before_it_starts()
    {
        var parsed = Parse(b => b.WithCell(Projects, 1, "EndDate", CellValue.Date(new DateOnly(2025, 3, 1))));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal("Projects!G5", finding.Location.ToString());
        Assert.Contains("End date (1 March 2025) is before the start date (1 April 2025)", finding.Message);
    }

    [Fact]
    public void Rejects_a_second_project_with_the_same_reference()
    {
        var parsed = Parse(b => b.WithRow(Projects, ("ProjectRef", CellValue.Text("p1")), ("ProjectName", CellValue.Text("Copy"))));

        var finding = Assert.Single(parsed.Findings, f => f.Location.ToString() == "Projects!A6");
        Assert.Contains("'p1' is already used on row 5", finding.Message);
        Assert.Single(parsed.Return!.Projects);
    }

    [Fact]
    public void Rejects_a_narrative_over_its_word_limit()
    {
        var narrative = string.Join(' ', Enumerable.Repeat("word", 251));

        var parsed = Parse(b => b.WithField("Narrative", CellValue.Text(narrative)));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(RuleIds.Cells, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal($"Programme!{WorkbookContentBuilder.AddressOf("Narrative")}", finding.Location.ToString());
        Assert.Contains("has 251 words; please shorten it to 250 words or fewer", finding.Message);
    }

    [Fact]
    public void Rejects_a_rag_rating_not_on_the_list_and_a_missing_sign_off()
    {
        var parsed = Parse(b => b.WithField("ProgressRag", CellValue.Text("Purple")).WithField("SignOffName", CellValue.Blank));

        Assert.Equal(2, parsed.Findings.Count);
        Assert.Contains(parsed.Findings, f => f.Message == "RAG rating: progress must be Red, Amber or Green from the drop-down list; you entered 'Purple'.");
        Assert.Contains(parsed.Findings, f => f.Message == "Name is required but is blank." && f.Location.Sheet == TemplateSchema.Sheets.SignOff);
        Assert.Null(parsed.Return!.Programme.ProgressRag);
    }

    private static ParsedReturn Parse(Func<WorkbookContentBuilder, WorkbookContentBuilder> change) =>
        ReturnParser.Parse(change(WorkbookContentBuilder.Valid()).Build());
}
