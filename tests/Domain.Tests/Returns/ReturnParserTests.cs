using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Returns;

public class ReturnParserTests
{
    [Fact]
    public void Reads_a_valid_workbook_into_the_return_it_was_written_from_with_no_findings()
    {
        var expected = ReturnBuilder.Valid().Build();

        var parsed = ReturnParser.Parse(WorkbookContentBuilder.From(expected).Build());

        Assert.Empty(parsed.Findings);
        var actual = parsed.Return!;
        Assert.Equal(expected.Metadata, actual.Metadata);
        Assert.Equal(expected.Projects, actual.Projects.Select(p => p with { Source = null }));
        Assert.Equal(expected.Spend, actual.Spend.Select(l => l with { Source = null }));
        Assert.Equal(expected.Outputs, actual.Outputs.Select(l => l with { Source = null }));
        Assert.Equal(expected.Outcomes, actual.Outcomes.Select(l => l with { Source = null }));
        Assert.Equal(expected.Programme, actual.Programme with { Locations = null });
        Assert.Equal(expected.SignOff, actual.SignOff);
        Assert.Equal(expected.Totals, actual.Totals! with { Locations = null });
    }

    [Fact]
    public void Records_where_each_line_and_answer_was_read()
    {
        var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().Build());

        var ret = parsed.Return!;
        Assert.Equal("Spend!C5", ret.Spend[0].Source!.At("CapitalActual").ToString());
        Assert.Equal("Outputs!D5", ret.Outputs[0].Source!.At("CumulativeActual").ToString());
        Assert.Equal($"Programme!{WorkbookContentBuilder.AddressOf("ProgressRag")}", ret.Programme.Locations!["ProgressRag"].ToString());
        Assert.Equal($"Spend!{WorkbookContentBuilder.AddressOf("TotalCapitalActual")}", ret.Totals!.Locations!["CapitalActual"].ToString());
    }

    [Fact]
    public void Rejects_a_workbook_of_another_template_version_naming_the_version_found()
    {
        var content = WorkbookContentBuilder.Valid().WithMetadata(TemplateSchema.MetadataKeys.TemplateVersion, "UKSPF-Return-0.9").Build();

        var parsed = ReturnParser.Parse(content);

        Assert.Null(parsed.Return);
        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(RuleIds.Template, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(CellLocation.Workbook, finding.Location);
        Assert.Equal("UKSPF-Return-0.9", finding.Value);
        Assert.Contains("not the current UKSPF return template", finding.Message);
        Assert.Contains("UKSPF-Return-0.9", finding.Message);
    }

    [Fact]
    public void Rejects_a_return_template_of_another_fund()
    {
        var content = WorkbookContentBuilder.Valid().WithMetadata(TemplateSchema.MetadataKeys.Fund, "Towns Fund").Build();

        var parsed = ReturnParser.Parse(content);

        Assert.Null(parsed.Return);
        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(RuleIds.Template, finding.RuleId);
        Assert.Contains("'Towns Fund', not the current UKSPF return template", finding.Message);
    }

    [Fact]
    public void Rejects_a_workbook_with_no_template_details_as_not_a_template()
    {
        var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().WithoutMetadata().Build());

        Assert.Null(parsed.Return);
        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.StartsWith("This is not a UKSPF return template", finding.Message);
    }

    [Fact]
    public void Rejects_a_workbook_whose_tables_cannot_be_found_naming_them()
    {
        var content = WorkbookContentBuilder.Valid().WithoutTable(TemplateSchema.Spend.Name).WithoutTable(TemplateSchema.Outcomes.Name).Build();

        var parsed = ReturnParser.Parse(content);

        Assert.Null(parsed.Return);
        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(RuleIds.Template, finding.RuleId);
        Assert.StartsWith("This is not a UKSPF return template", finding.Message);
        Assert.Contains("SpendTable", finding.Message);
        Assert.Contains("OutcomesTable", finding.Message);
    }

    [Fact]
    public void Reports_a_missing_required_column_once_and_leaves_its_rows_out()
    {
        var content = WorkbookContentBuilder.Valid().WithoutColumn(TemplateSchema.Spend.Name, "Quarter").Build();

        var parsed = ReturnParser.Parse(content);

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(RuleIds.Template, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(new CellLocation(TemplateSchema.Sheets.Spend), finding.Location);
        Assert.Contains("no 'Quarter' column", finding.Message);
        Assert.Empty(parsed.Return!.Spend);
    }

    [Fact]
    public void Warns_once_when_an_optional_column_is_missing_and_reads_the_rest()
    {
        var content = WorkbookContentBuilder.Valid().WithoutColumn(TemplateSchema.Spend.Name, "Comment").Build();

        var parsed = ReturnParser.Parse(content);

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("'Comment (explain variances)'", finding.Message);
        Assert.Equal(8, parsed.Return!.Spend.Count);
    }

    [Fact]
    public void Reports_deleted_named_cells_in_one_finding()
    {
        var content = WorkbookContentBuilder.Valid().WithoutField("Narrative").WithoutField("SignOffDate").Build();

        var parsed = ReturnParser.Parse(content);

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(RuleIds.Template, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("(Narrative)", finding.Message);
        Assert.Contains("(SignOffDate)", finding.Message);
        Assert.Null(parsed.Return!.Programme.Narrative);
    }

    [Fact]
    public void Ignores_rows_whose_cells_are_all_blank()
    {
        var content = WorkbookContentBuilder.Valid()
            .WithRow(TemplateSchema.Spend.Name, ("ProjectRef", CellValue.Text("  ")), ("Quarter", CellValue.Blank))
            .Build();

        var parsed = ReturnParser.Parse(content);

        Assert.Empty(parsed.Findings);
        Assert.Equal(8, parsed.Return!.Spend.Count);
    }

    [Fact]
    public void Reads_management_and_administration_however_it_is_spaced()
    {
        var content = WorkbookContentBuilder.Valid().WithCell(TemplateSchema.Spend.Name, 5, "ProjectRef", CellValue.Text("m & a")).Build();

        var parsed = ReturnParser.Parse(content);

        Assert.Equal("M&A", parsed.Return!.Spend[4].ProjectRef);
    }
}
