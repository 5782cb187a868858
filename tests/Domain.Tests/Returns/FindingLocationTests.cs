using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Returns;

/// <summary>Where the parser's findings point when the cell itself is not there to name its address.</summary>
public class FindingLocationTests
{
    [Fact]
    public void A_required_cell_missing_from_its_row_is_reported_at_its_column_on_that_row()
    {
        var content = WorkbookContentBuilder.Valid().WithRow(TemplateSchema.Spend.Name, ("ProjectRef", CellValue.Text("P1"))).Build();

        var parsed = ReturnParser.Parse(content);

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal(RuleIds.Cells, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(new CellLocation(TemplateSchema.Sheets.Spend, "B13"), finding.Location);
        Assert.Null(finding.Value);
        Assert.Equal("Quarter is required but is blank. This row is left out of the other checks until it is fixed.", finding.Message);
        Assert.Equal(8, parsed.Return!.Spend.Count);
    }

    [Fact]
    public void A_finding_about_a_column_whose_header_is_missing_names_the_whole_row()
    {
        var content = WorkbookContentBuilder.Valid()
            .WithoutColumn(TemplateSchema.Projects.Name, "ClosedReason")
            .WithCell(TemplateSchema.Projects.Name, 1, "Status", CellValue.Text("Closed early"))
            .Build();

        var parsed = ReturnParser.Parse(content);

        Assert.Equal(2, parsed.Findings.Count);
        Assert.Equal(RuleIds.Template, parsed.Findings[0].RuleId);
        Assert.Equal(new CellLocation(TemplateSchema.Sheets.Projects), parsed.Findings[0].Location);
        var reason = parsed.Findings[1];
        Assert.Equal(RuleIds.Cells, reason.RuleId);
        Assert.Equal(new CellLocation(TemplateSchema.Sheets.Projects, "A5:J5"), reason.Location);
        Assert.Equal("Reason closed early is required when the status is Closed early.", reason.Message);
    }

    [Fact]
    public void Each_row_with_the_same_problem_gets_its_own_finding_at_its_own_cell()
    {
        var content = WorkbookContentBuilder.Valid()
            .WithCell(TemplateSchema.Spend.Name, 1, "CapitalActual", CellValue.Text("TBC"))
            .WithCell(TemplateSchema.Spend.Name, 2, "CapitalActual", CellValue.Text("TBC"))
            .Build();

        var parsed = ReturnParser.Parse(content);

        Assert.Equal(["Spend!C5", "Spend!C6"], parsed.Findings.Select(f => f.Location.ToString()));
        Assert.All(parsed.Findings, f => Assert.Equal("Capital actual (£) must be a number; you entered 'TBC'.", f.Message));
    }
}
