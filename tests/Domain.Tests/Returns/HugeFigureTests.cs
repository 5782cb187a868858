using FsCheck;
using FsCheck.Fluent;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Returns;

/// <summary>
/// Figures too large for a decimal, or so large that their sum would be, are findings on their cells (R02), never an
/// OverflowException. Row 1 of Spend is P1 in Q1 (row 5 of the sheet).
/// </summary>
public class HugeFigureTests
{
    private static readonly string Spend = TemplateSchema.Spend.Name;
    private static readonly string Outputs = TemplateSchema.Outputs.Name;

    /// <summary>Figures at and past every edge: beyond a double, beyond a decimal, past the per-cell limit, tiny, zero.</summary>
    private static readonly string[] Extremes =
    [
        "1E+300", "-1E+300", "79228162514264337593543950336", "7.9E+28", "3E+28", "1E+28", "10000000000", "10000000000.01",
        "9999999999.99", "1E-28", "1E-20", "5.551115123125783E-17", "0.0000001", "0", "1", "-5", "1E+400",
    ];

    [Theory]
    [InlineData("1E+300")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("7.9E+28")]
    [InlineData("1E+400")]
    public void An_amount_too_large_for_a_decimal_is_an_error_on_its_cell(string stored)
    {
        var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().WithCell(Spend, 1, "CapitalActual", CellValue.StoredNumber(stored)).Build());

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal((RuleIds.Cells, Severity.Error, "Spend!C5", stored), (finding.RuleId, finding.Severity, finding.Location.ToString(), finding.Value));
        Assert.Equal($"Capital actual (£) holds {stored}, far more than any amount in a UKSPF return: one cell can hold at most £10,000,000,000.00. "
            + "Check the cell for a typing or copying error and enter the amount in pounds.", finding.Message);
    }

    [Fact]
    public void An_amount_typed_as_text_too_large_for_a_decimal_is_an_error_on_its_cell()
    {
        const string typed = "£99,999,999,999,999,999,999,999,999,999";

        var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().WithCell(Spend, 1, "RevenueActual", CellValue.Text(typed)).Build());

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal((Severity.Error, "Spend!D5"), (finding.Severity, finding.Location.ToString()));
        Assert.StartsWith($"Revenue actual (£) holds {typed}, far more than any amount", finding.Message);
    }

    [Fact]
    public void A_figure_too_large_for_a_decimal_is_an_error_on_its_cell()
    {
        var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().WithCell(Outputs, 1, "Target", CellValue.StoredNumber("-1E+300")).Build());

        var finding = Assert.Single(parsed.Findings);
        Assert.Equal("Outputs!F5", finding.Location.ToString());
        Assert.Equal("Target (end of project) holds -1E+300, far more than any figure in a UKSPF return: one cell can hold at most 10,000,000,000. "
            + "Check the cell for a typing or copying error.", finding.Message);
    }

    [Theory]
    [InlineData("10000000000", false)]
    [InlineData("10000000000.01", true)]
    public void An_amount_over_the_largest_one_cell_may_hold_is_an_error_and_one_equal_to_it_is_read(string stored, bool reported)
    {
        var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().WithCell(Spend, 1, "CapitalActual", CellValue.StoredNumber(stored)).Build());

        Assert.Equal(reported, parsed.HasErrors);
        Assert.Equal(reported ? 0m : 10_000_000_000m, parsed.Return!.Spend[0].CapitalActual);
    }

    [Fact]
    public void The_largest_amount_one_cell_may_hold_is_a_validation_setting()
    {
        var content = WorkbookContentBuilder.Valid().WithCell(Spend, 1, "CapitalActual", CellValue.Number(60_000m)).Build();

        var parsed = ReturnParser.Parse(content, new ValidationSettings { MaxAmount = 50_000m });

        Assert.Contains("one cell can hold at most £50,000.00", Assert.Single(parsed.Findings).Message);
    }

    [Fact]
    public void Lines_that_would_add_up_past_what_a_decimal_holds_are_errors_on_their_cells_and_the_total()
    {
        // Each 3E+28 fits a decimal; three of them, and the total of 9E+28, do not.
        var content = WorkbookContentBuilder.Valid()
            .WithCell(Spend, 1, "CapitalActual", CellValue.StoredNumber("3E+28"))
            .WithCell(Spend, 2, "CapitalActual", CellValue.StoredNumber("3E+28"))
            .WithRow(Spend, ("ProjectRef", CellValue.Text("P1")), ("Quarter", CellValue.Text("2025-26-Q2")), ("CapitalActual", CellValue.StoredNumber("3E+28")))
            .WithField("TotalCapitalActual", CellValue.StoredNumber("9E+28"))
            .Build();

        var outcome = Validator.Validate(ReturnParser.Parse(content), r => ContextBuilder.For(r).Build());

        var tooLarge = outcome.Findings.Where(f => f.Message.Contains("far more than any amount", StringComparison.Ordinal)).ToList();
        Assert.All(tooLarge, f => Assert.Equal((RuleIds.Cells, Severity.Error), (f.RuleId, f.Severity)));
        Assert.Equal(["Spend!C13", "Spend!C2", "Spend!C5", "Spend!C6"], tooLarge.Select(f => f.Location.ToString()).Order(StringComparer.Ordinal));
        Assert.False(outcome.Accepted);
    }

    [Fact]
    public void Validating_and_measuring_a_return_of_extreme_figures_never_throws()
    {
        var cells = new (string Table, string Column)[]
        {
            (Spend, "CapitalActual"), (Spend, "RevenueActual"), (Spend, "CapitalForecast"), (Spend, "RevenueForecast"),
            (Outputs, "CumulativeActual"), (Outputs, "Forecast"), (Outputs, "Target"),
            (TemplateSchema.Outcomes.Name, "CumulativeActual"), (TemplateSchema.Outcomes.Name, "Forecast"), (TemplateSchema.Outcomes.Name, "Target"),
        };
        var figures = Gen.Elements(Extremes).ArrayOf(cells.Length + 3).SelectMany(f => Gen.Choose(1, 4).Select(row => (Figures: f, Row: row)));

        Prop.ForAll(figures.ToArbitrary(), pick =>
        {
            var builder = WorkbookContentBuilder.Valid();
            for (var i = 0; i < cells.Length; i++)
                builder.WithCell(cells[i].Table, cells[i].Table == Spend ? pick.Row : 1, cells[i].Column, CellValue.StoredNumber(pick.Figures[i]));
            builder.WithField("TotalCapitalActual", CellValue.StoredNumber(pick.Figures[^3]))
                .WithField("ForecastUnderspendCapital", CellValue.StoredNumber(pick.Figures[^2]))
                .WithField("ReprofileAmount", CellValue.StoredNumber(pick.Figures[^1]));
            var parsed = ReturnParser.Parse(builder.Build());
            var ret = parsed.Return!;

            var outcome = Validator.Validate(parsed, r => ContextBuilder.For(r).WithPrevious(ret).Build());
            var report = RoundReconciler.Reconcile(Reconciling(ret));

            Assert.True(!parsed.HasErrors || !outcome.Accepted);
            Assert.Single(report.Councils);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static RoundData Reconciling(CouncilReturn ret)
    {
        var round = new Round(RoundId.Parse(ReturnBuilder.DefaultRound), new DateOnly(2025, 10, 31), true, FundingPeriod.Transition2025To2026);
        var allocations = ContextBuilder.Book(ReturnBuilder.DefaultCouncil, round.Id.Year, ContextBuilder.DefaultCapitalAllocation, ContextBuilder.DefaultRevenueAllocation);
        return new RoundData(round, new DateOnly(2025, 11, 15), [CouncilRegister.Default.Find(ReturnBuilder.DefaultCouncil)!], allocations,
            new Dictionary<string, CouncilReturn> { [ReturnBuilder.DefaultCouncil] = ret }, new Dictionary<string, CumulativeTotals> { [ReturnBuilder.DefaultCouncil] = CumulativeTotals.Of(ret) },
            [], Catalogue.Catalogue.Default);
    }
}
