using Ukspf.Domain.Returns;
using Ukspf.Domain.Returns.Parsing;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Returns;

/// <summary>Drop-down cells read the same wherever, and however often, a text appears. Rows 1 and 2 of Spend are rows 5 and 6 of the sheet.</summary>
public class ChoiceReadingTests
{
    private static readonly string Spend = TemplateSchema.Spend.Name;

    [Fact]
    public void The_same_unusable_drop_down_text_in_two_rows_gives_a_finding_on_each_rows_own_cell()
    {
        var parsed = Parse(b => b
            .WithCell(Spend, 1, "Quarter", CellValue.Text("Q1"))
            .WithCell(Spend, 2, "Quarter", CellValue.Text("Q1")));

        Assert.Equal(["Spend!B5", "Spend!B6"], parsed.Findings.Select(f => f.Location.ToString()));
        Assert.All(parsed.Findings, f =>
        {
            Assert.Equal(RuleIds.Cells, f.RuleId);
            Assert.Equal(Severity.Error, f.Severity);
            Assert.Equal("Q1", f.Value);
            Assert.Equal("Quarter must be a quarter such as 2025-26-Q1 from the drop-down list; you entered 'Q1'. "
                + "This row is left out of the other checks until it is fixed.", f.Message);
        });
        Assert.Equal(6, parsed.Return!.Spend.Count);
    }

    [Theory]
    [InlineData(" 2025-26-Q1 ")]
    [InlineData("2025-26-q1")]
    [InlineData("\t2025/26-Q1")]
    public void A_quarter_typed_with_extra_spaces_or_another_case_reads_the_same_as_the_tidy_one(string typed)
    {
        var parsed = Parse(b => b
            .WithCell(Spend, 1, "Quarter", CellValue.Text(typed))
            .WithCell(Spend, 2, "Quarter", CellValue.Text("2025-26-Q1")));

        Assert.Empty(parsed.Findings);
        var spend = parsed.Return!.Spend;
        Assert.Equal(RoundId.Parse("2025-26-Q1"), spend[0].Quarter);
        Assert.Equal(spend[1].Quarter, spend[0].Quarter);
    }

    [Fact]
    public void A_half_year_is_not_a_quarter_however_often_it_appears()
    {
        var parsed = Parse(b => b
            .WithCell(Spend, 1, "Quarter", CellValue.Text("2025-26-H1"))
            .WithCell(Spend, 3, "Quarter", CellValue.Text("2025-26-H1")));

        Assert.Equal(["Spend!B5", "Spend!B7"], parsed.Findings.Select(f => f.Location.ToString()));
        Assert.Equal(6, parsed.Return!.Spend.Count);
    }

    [Fact]
    public void A_text_on_one_drop_down_list_is_still_checked_against_another_list()
    {
        var parsed = Parse(b => b
            .WithField("ProgressRag", CellValue.Text("red"))
            .WithCell(TemplateSchema.Outputs.Name, 1, "Unit", CellValue.Text("red")));

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal("Outputs!C5", finding.Location.ToString());
        Assert.StartsWith("Unit must be Number, m2, FTE, %, £ or tCO2e from the drop-down list; you entered 'red'.", finding.Message);
        Assert.Equal(Rag.Red, parsed.Return!.Programme.ProgressRag);
        Assert.Empty(parsed.Return.Outputs);
    }

    [Fact]
    public void A_quarter_of_a_year_written_with_a_leading_zero_is_read_rather_than_stopping_the_parse()
    {
        var parsed = Parse(b => b.WithCell(Spend, 1, "Quarter", CellValue.Text("0999-00-Q1")));

        Assert.Empty(parsed.Findings);
        Assert.Equal(new RoundId(new FinancialYear(999), PeriodKind.Quarter, 1), parsed.Return!.Spend[0].Quarter);
    }

    private static ParsedReturn Parse(Func<WorkbookContentBuilder, WorkbookContentBuilder> change) =>
        ReturnParser.Parse(change(WorkbookContentBuilder.Valid()).Build());
}
