using FsCheck;
using FsCheck.Fluent;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Validation;

public class ValidatorTests
{
    [Fact]
    public void Runs_the_twelve_rules_once_each_in_rule_order()
    {
        var ids = Validator.AllRules.Select(r => r.Id).ToList();

        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"R{n:00}"), ids);
    }

    [Theory]
    [InlineData("2025-26-Q1")]
    [InlineData("2025-26-Q2")]
    [InlineData("2025-26-Q4")]
    [InlineData("2024-25-Q3")]
    public void A_valid_return_has_no_findings_at_all(string round)
    {
        var ret = ReturnBuilder.Valid(round: round).Build();

        Assert.Empty(Validator.Validate(ContextBuilder.For(ret).Build()));
    }

    [Fact]
    public void A_valid_workbook_is_accepted_with_no_findings_and_a_previous_return_to_compare()
    {
        var previous = ReturnBuilder.Valid(round: "2025-26-Q1").Build();
        var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().Build());

        var outcome = Validator.Validate(parsed, ret => ContextBuilder.For(ret).WithPrevious(previous).Build());

        Assert.True(outcome.Accepted);
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public void Lists_errors_first_then_by_rule_then_by_row_and_column()
    {
        var ret = ReturnBuilder.Valid()
            .WithSpendChanged("P1", "2025-26-Q3", l => l with { RevenueActual = 10m })
            .WithSpendChanged("P1", "2025-26-Q1", l => l with { CapitalForecast = 10m })
            .WithOutputChanged("P1", "CP-O13", l => l with { CumulativeActual = 5_000m })
            .WithProgramme(p => p with { ReprofileAmount = null })
            .FromWorkbook();

        var findings = Validator.Validate(ContextBuilder.For(ret).Build());

        Assert.Equal(
            ["R07 Error Spend!E5", "R07 Error Spend!D7", "R08 Error", "R10 Warning", "R11 Warning"],
            findings.Select(f => $"{f.RuleId} {f.Severity}{(f.RuleId == RuleIds.Periods ? " " + f.Location : "")}").ToList());
    }

    [Fact]
    public void Reports_a_cell_the_parser_could_not_read_once_not_again_under_another_rule()
    {
        var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().WithField("ReprofileAmount", CellValue.Text("TBC")).Build());

        var outcome = Validator.Validate(parsed, ret => ContextBuilder.For(ret).Build());

        var finding = Assert.Single(outcome.Findings);
        Assert.Equal(RuleIds.Cells, finding.RuleId);
        Assert.Equal("Amount to reprofile (£) must be a number; you entered 'TBC'.", finding.Message);
        Assert.False(outcome.Accepted);
        Assert.Equal((1, 0), (outcome.Errors, outcome.Warnings));
    }

    [Fact]
    public void Accepts_a_return_whose_findings_are_only_warnings()
    {
        var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().WithField("ReprofileAmount", CellValue.Text("£0.00")).Build());

        var outcome = Validator.Validate(parsed, ret => ContextBuilder.For(ret).Build());

        Assert.True(outcome.Accepted);
        Assert.Equal((0, 1), (outcome.Errors, outcome.Warnings));
    }

    [Fact]
    public void Rejects_a_workbook_that_is_not_the_template_without_running_the_rules()
    {
        var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().WithoutMetadata().Build());
        var contextAsked = false;

        var outcome = Validator.Validate(parsed, ret => { contextAsked = true; return ContextBuilder.For(ret).Build(); });

        Assert.False(outcome.Accepted);
        Assert.Equal(RuleIds.Template, Assert.Single(outcome.Findings).RuleId);
        Assert.False(contextAsked);
    }

    [Fact]
    public void Any_non_negative_spend_within_the_allocation_gives_no_errors()
    {
        var spend = Gen.Choose(0, 2_000_000).Select(p => p / 100m).ArrayOf(8).ToArbitrary();
        Prop.ForAll(spend, a =>
        {
            var builder = ReturnBuilder.Empty().WithProject("P1").WithProject("P2", "E3")
                .WithSpend("P1", "2025-26-Q1", a[0], a[1], comment: "As planned").WithSpend("P1", "2025-26-Q2", a[2], a[3])
                .WithSpend("P2", "2025-26-Q2", a[4], a[5]).WithSpend("P2", "2025-26-Q3", capitalForecast: a[6], revenueForecast: a[7])
                .WithOutput("P1", "CP-O13", 10m, 10m, 100m).WithOutput("P2", "CP-O16", 10m, 10m, 100m);
            var ret = builder.Build();
            var capital = ret.Spend.Sum(l => l.CapitalActual);
            var revenue = ret.Spend.Sum(l => l.RevenueActual);

            var findings = Validator.Validate(ContextBuilder.For(ret).WithAllocation(capital, revenue).Build());

            Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Findings_of_a_workbook_return_always_name_a_cell_on_a_template_sheet()
    {
        var ret = ReturnBuilder.Valid().WithSpend("P9", "2025-26-Q3", capitalActual: 5m).WithOutput("P1", "CP-O16", 1m, unit: "FTE").FromWorkbook();

        var findings = Validator.Validate(ContextBuilder.For(ret).Build());

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Contains(f.Location.Sheet, new[] { TemplateSchema.Sheets.Spend, TemplateSchema.Sheets.Outputs }));
        Assert.All(findings, f => Assert.NotNull(f.Location.Cell));
    }
}
