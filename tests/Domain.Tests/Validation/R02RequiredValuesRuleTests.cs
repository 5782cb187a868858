using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Validation.Rules;
using Xunit;

namespace Ukspf.Domain.Tests.Validation;

public class R02RequiredValuesRuleTests
{
    private readonly RequiredValuesRule _rule = new();

    [Fact]
    public void Passes_a_complete_return_built_in_code()
    {
        Assert.Empty(_rule.Check(ReturnBuilder.Valid().Build()));
    }

    [Fact]
    public void Reports_missing_answers_and_sign_off_of_a_return_built_in_code()
    {
        var ret = ReturnBuilder.Valid().WithProgramme(p => p with { ProgressRag = null }).WithSignOff(new SignOff("Sam Taylor", null, null)).Build();

        var findings = _rule.Check(ret);

        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal((RuleIds.Cells, Severity.Error), (f.RuleId, f.Severity)));
        Assert.Contains(findings, f => f.Location == new CellLocation(TemplateSchema.Sheets.Programme) && f.Message == "RAG rating: progress is required but is blank.");
        Assert.Contains(findings, f => f.Location == new CellLocation(TemplateSchema.Sheets.SignOff) && f.Message.StartsWith("Role (Section 151 officer or delegate) is required"));
        Assert.Contains(findings, f => f.Message == "Date is required but is blank.");
    }

    [Fact]
    public void Reports_a_negative_amount_and_a_project_closed_early_without_reason()
    {
        var ret = ReturnBuilder.Valid().WithProject("P2", status: ProjectStatus.ClosedEarly)
            .WithSpend("P2", "2025-26-Q1", capitalActual: -250m).Build();

        var findings = _rule.Check(ret);

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Value == "-£250.00" && f.Message.Contains("capital actual of 'P2' for 2025-26-Q1 cannot be negative"));
        Assert.Contains(findings, f => f.Message == "Project 'P2' closed early but no reason is given.");
    }

    [Fact]
    public void Leaves_lines_read_from_a_workbook_to_the_parser_so_no_cell_is_reported_twice()
    {
        var content = WorkbookContentBuilder.Valid().WithField("Narrative", CellValue.Blank).Build();
        var parsed = ReturnParser.Parse(content);

        var findings = _rule.Check(parsed.Return!);

        Assert.Empty(findings);
        Assert.Contains(parsed.Findings, f => f.Message == "Progress narrative (at most 250 words) is required but is blank.");
    }
}
