using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Returns;

public class ParserPropertyTests
{
    /// <summary>Whole pence from £0.00 to £99,999,999.99.</summary>
    private static readonly Arbitrary<decimal> Pounds =
        Gen.Choose(0, int.MaxValue).Select(p => (p % 10_000_000_000L) / 100m).ToArbitrary();

    [Fact]
    public void Money_typed_as_pounds_with_separators_reads_exactly_with_one_warning()
    {
        Prop.ForAll(Pounds, pounds =>
        {
            var typed = "£" + pounds.ToString("N2", CultureInfo.InvariantCulture);
            var parsed = ReturnParser.Parse(WorkbookContentBuilder.Valid().WithCell(TemplateSchema.Spend.Name, 1, "CapitalActual", CellValue.Text(typed)).Build());

            var finding = Assert.Single(parsed.Findings);
            return parsed.Return!.Spend[0].CapitalActual == pounds && finding.Severity == Severity.Warning;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_workbook_written_from_a_return_reads_back_as_that_return()
    {
        var amounts = Gen.Choose(0, 5_000_000).Select(p => p / 100m).ArrayOf(4).ToArbitrary();
        Prop.ForAll(amounts, a =>
        {
            var expected = ReturnBuilder.Valid().WithSpend("P1", "2025-26-Q1", a[0], a[1]).WithSpend("M&A", "2025-26-Q4", capitalForecast: a[2], revenueForecast: a[3]).Build();

            var parsed = ReturnParser.Parse(WorkbookContentBuilder.From(expected).Build());

            Assert.Empty(parsed.Findings);
            Assert.Equal(expected.Spend, parsed.Return!.Spend.Select(l => l with { Source = null }));
            Assert.Equal(expected.Totals, parsed.Return.Totals! with { Locations = null });
        }).QuickCheckThrowOnFailure();
    }
}
