using Ukspf.Domain.Returns;
using Ukspf.Domain.Returns.Parsing;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Workbook;
using Ukspf.Workbooks.Reading;
using Xunit;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>
/// Files written by scripts often hold formulas with no saved result (no &lt;v&gt;, or an empty one). Such a cell is
/// read as a formula without its value, never as blank, so that spend does not silently become 0 and the totals
/// check is not silently skipped.
/// </summary>
public class UncalculatedFormulaTests
{
    private static readonly byte[] Filled = Tests.Filling.Filled.Workbook();

    [Theory]
    [InlineData("<c r=\"C3\" s=\"5\"><f>SUM(C5:C204)</f></c>")]
    [InlineData("<c r=\"C3\"><f>SUM(C5:C204)</f><v></v></c>")]
    [InlineData("<c r=\"C3\"><f>SUM(C5:C204)</f><v/></c>")]
    public void A_formula_with_no_saved_result_is_read_as_such_not_as_blank(string cell)
    {
        var content = Read(Spend(xml => PartRewriter.ReplaceCell(xml, "C3", cell)));

        Assert.Equal(new RawCell("Spend", "C3", RawCellKind.UncalculatedFormula, ""), content.Fields["TotalCapitalActual"]);
    }

    [Fact]
    public void A_formula_with_its_result_saved_is_read_as_that_result()
    {
        var content = Read(Spend(xml => PartRewriter.ReplaceCell(xml, "C3", "<c r=\"C3\"><f>SUM(C5:C204)</f><v>26234.66</v></c>")));

        Assert.Equal(new RawCell("Spend", "C3", RawCellKind.Number, "26234.66"), content.Fields["TotalCapitalActual"]);
    }

    [Fact]
    public void A_total_whose_formula_has_no_saved_result_is_an_error_asking_for_the_file_to_be_saved_in_Excel()
    {
        var parsed = ReturnParser.Parse(Read(Spend(xml => PartRewriter.ReplaceCell(xml, "C3", "<c r=\"C3\"><f>SUM(C5:C204)</f></c>"))));

        var finding = Assert.Single(OnSpend(parsed));
        Assert.Equal((RuleIds.Cells, Severity.Error, "Spend!C3"), (finding.RuleId, finding.Severity, finding.Location.ToString()));
        Assert.Equal("Total capital actual (£) holds a formula whose result is not saved in the file, so it cannot be read. "
            + "This happens when a file is saved by a program other than Excel: open the file in Excel and save it, or type a number in place of the formula.",
            finding.Message);
    }

    [Fact]
    public void An_amount_whose_formula_has_no_saved_result_is_an_error_not_a_silent_zero()
    {
        var parsed = ReturnParser.Parse(Read(Spend(xml => PartRewriter.ReplaceCell(xml, "C5", "<c r=\"C5\"><f>1000+234.56</f><v></v></c>"))));

        var finding = Assert.Single(OnSpend(parsed));
        Assert.Equal((Severity.Error, "Spend!C5"), (finding.Severity, finding.Location.ToString()));
        Assert.StartsWith("Capital actual (£) holds a formula whose result is not saved in the file", finding.Message);
    }

    [Fact]
    public void An_optional_text_whose_formula_has_no_saved_result_is_a_warning_and_left_out()
    {
        var parsed = ReturnParser.Parse(Read(Spend(xml => PartRewriter.ReplaceCell(xml, "G6", "<c r=\"G6\" t=\"str\"><f>\"see \"&amp;A6</f></c>"))));

        var finding = Assert.Single(OnSpend(parsed));
        Assert.Equal((Severity.Warning, "Spend!G6"), (finding.Severity, finding.Location.ToString()));
        Assert.EndsWith("open the file in Excel and save it, or type text in place of the formula.", finding.Message);
        Assert.Null(parsed.Return!.Spend[1].Comment);
    }

    /// <summary>The findings on the Spend sheet (the realistic return has one project with no end date).</summary>
    private static IEnumerable<Finding> OnSpend(ParsedReturn parsed) => parsed.Findings.Where(f => f.Location.Sheet == "Spend");

    private static byte[] Spend(Func<string, string> change) => PartRewriter.EditSheet(Filled, "Spend", change);

    private static WorkbookContent Read(byte[] xlsx) => new ReturnReader().Read(new MemoryStream(xlsx));
}
