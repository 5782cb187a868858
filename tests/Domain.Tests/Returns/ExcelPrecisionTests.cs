using Ukspf.Domain.Councils;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Returns;

/// <summary>
/// Figures written as binary doubles (by Excel formulas, openpyxl or pandas: 8862.389999999999 for £8,862.39) are
/// judged as Excel shows them, to 15 significant digits, not by their float noise. Row 1 of Spend is P1 in Q1, row 2
/// P1 in Q2, row 3 P1 in Q3.
/// </summary>
public class ExcelPrecisionTests
{
    private static readonly string Spend = TemplateSchema.Spend.Name;

    [Fact]
    public void A_spend_equal_to_the_allocation_written_by_openpyxl_is_not_over_it()
    {
        // £8,862.39 + £11,137.61 = £20,000.00 exactly; as stored, the texts add up to 20000.000000000002.
        var content = WorkbookContentBuilder.Valid()
            .WithCell(Spend, 1, "CapitalActual", CellValue.StoredNumber("8862.390000000001"))
            .WithCell(Spend, 2, "CapitalActual", CellValue.StoredNumber("11137.610000000001"))
            .Build();

        var outcome = Validator.Validate(ReturnParser.Parse(content), r => ContextBuilder.For(r).WithAllocation(capital: 20_000m, revenue: 200_000m).Build());

        Assert.DoesNotContain(outcome.Findings, f => f.RuleId == RuleIds.Allocation);
        Assert.True(outcome.Accepted, string.Join("; ", outcome.Findings.Select(f => f.Message)));
    }

    [Fact]
    public void A_resubmission_of_the_same_spend_with_float_noise_is_not_lower_than_the_exact_figures()
    {
        // The accepted return holds £8,862.39 exactly; the resubmission, saved by another tool, stores 8862.389999999999.
        var previous = Builders.ReturnBuilder.Valid().WithSpendChanged("P1", "2025-26-Q1", l => l with { CapitalActual = 8_862.39m }).Build();
        var content = WorkbookContentBuilder.From(previous)
            .WithCell(Spend, 1, "CapitalActual", CellValue.StoredNumber("8862.389999999999"))
            .Build();

        var outcome = Validator.Validate(ReturnParser.Parse(content), r => ContextBuilder.For(r).WithPrevious(previous).Build());

        Assert.DoesNotContain(outcome.Findings, f => f.RuleId == RuleIds.Cumulative);
        Assert.True(outcome.Accepted, string.Join("; ", outcome.Findings.Select(f => f.Message)));
    }

    [Fact]
    public void A_council_exactly_on_the_95_percent_boundary_written_with_float_noise_is_green()
    {
        // £31,666.67 + £31,666.67 actual and £31,666.66 still forecast: £95,000.00 of £100,000.00, exactly 95%.
        // As stored, the texts add up to 94999.999999999994.
        var ret = Builders.ReturnBuilder.Empty().WithProject("P1")
            .WithSpend("P1", "2025-26-Q1", capitalActual: 31_666.67m)
            .WithSpend("P1", "2025-26-Q2", capitalActual: 31_666.67m)
            .WithSpend("P1", "2025-26-Q3", capitalForecast: 31_666.66m)
            .Build();
        var content = WorkbookContentBuilder.From(ret)
            .WithCell(Spend, 1, "CapitalActual", CellValue.StoredNumber("31666.669999999998"))
            .WithCell(Spend, 2, "CapitalActual", CellValue.StoredNumber("31666.669999999998"))
            .WithCell(Spend, 3, "CapitalForecast", CellValue.StoredNumber("31666.659999999998"))
            .Build();
        var round = new Round(RoundId.Parse("2025-26-Q2"), new DateOnly(2025, 10, 31), true, FundingPeriod.Transition2025To2026);
        var calculator = new MetricsCalculator(round, Catalogue.Catalogue.Default, ContextBuilder.Book("E07000223", round.Id.Year, 100_000m, 0m));

        var metrics = calculator.ForCouncil(CouncilRegister.Default.Find("E07000223")!, ReturnParser.Parse(content).Return);

        Assert.Equal(95_000m, metrics.Total.ForecastOutturn);
        Assert.Equal(Rag.Green, metrics.Rag);
    }
}
