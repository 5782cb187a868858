using Ukspf.Domain.Returns;
using Ukspf.Domain.Returns.Parsing;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Returns;

/// <summary>
/// The council the Start sheet shows the officer (name in B3, code in B4) must be the council the hidden metadata
/// names: the hidden cell alone does not decide whose return it is (R01). The workbook here is Adur's ("E07000223").
/// </summary>
public class StartSheetCouncilTests
{
    [Fact]
    public void A_return_whose_Start_sheet_shows_another_councils_code_is_rejected_naming_both_and_the_cell()
    {
        var content = WorkbookContentBuilder.Valid().WithStartSheet("Adur", "E07000229").Build();

        var outcome = Validator.Validate(ReturnParser.Parse(content), r => ContextBuilder.For(r).Build());

        var finding = Assert.Single(outcome.Findings);
        Assert.Equal((RuleIds.Template, Severity.Error, "Start!B4", "E07000229"), (finding.RuleId, finding.Severity, finding.Location.ToString(), finding.Value));
        Assert.Equal("The Start sheet shows the council code 'E07000229' (cell Start!B4), but the template's hidden details (on its Metadata sheet) say it was issued to "
            + "Adur ('E07000223'). A return must be made in the template issued to your own council: download your council's template for this round and copy "
            + "your figures into it.", finding.Message);
        Assert.False(outcome.Accepted);
    }

    [Fact]
    public void A_return_whose_Start_sheet_shows_another_councils_name_is_rejected()
    {
        var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().WithStartSheet("Worthing", "E07000223").Build());

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal((RuleIds.Template, Severity.Error, "Start!B3", "Worthing"), (finding.RuleId, finding.Severity, finding.Location.ToString(), finding.Value));
        Assert.StartsWith("The Start sheet shows the council as 'Worthing' (cell Start!B3), but the template's hidden details (on its Metadata sheet) say it was issued to Adur ('E07000223').",
            finding.Message);
    }

    [Theory]
    [InlineData("Adur", "E07000223")]
    [InlineData("  adur district council ", "e07000223")]
    public void A_Start_sheet_that_agrees_with_the_hidden_details_passes_whatever_the_case_or_the_name_used(string name, string code)
    {
        var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().WithStartSheet(name, code).Build());

        Assert.Empty(parsed.Findings);
    }

    [Fact]
    public void A_Start_sheet_whose_council_was_cleared_is_rejected()
    {
        var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().WithStartSheet("", "").Build());

        Assert.Equal(["Start!B3", "Start!B4"], parsed.Findings.Select(f => f.Location.ToString()).Order(StringComparer.Ordinal));
        Assert.All(parsed.Findings, f => Assert.Equal((RuleIds.Template, Severity.Error), (f.RuleId, f.Severity)));
        Assert.Contains(parsed.Findings, f => f.Message.StartsWith("The Start sheet does not show the council code (cell Start!B4 is blank)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_workbook_without_the_Start_sheet_council_cells_is_judged_by_its_hidden_details_alone()
    {
        var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().Build());

        Assert.Empty(parsed.Findings);
    }
}
