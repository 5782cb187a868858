using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Returns.Parsing;
using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Xunit;

namespace Ukspf.Domain.Tests.Returns;

/// <summary>A number cell's stored text is read exactly as decimal.Parse reads it, down to the digits kept after the point.</summary>
public class StoredNumberTests
{
    private static readonly string Outputs = TemplateSchema.Outputs.Name;

    private static readonly Gen<string> Digits =
        Gen.Choose(0, 12).SelectMany(length => Gen.Elements("0123456789".ToCharArray()).ArrayOf(length)).Select(c => new string(c));

    /// <summary>Plain numbers with and without a point, and short runs of digits, points, signs, exponents and spaces.</summary>
    private static readonly Arbitrary<string> StoredTexts = Gen.OneOf(
            Digits,
            Digits.SelectMany(whole => Digits.Select(fraction => $"{whole}.{fraction}")),
            Gen.Choose(0, 22).SelectMany(length => Gen.Elements("0123456789.-+eE ".ToCharArray()).ArrayOf(length)).Select(c => new string(c)))
        .ToArbitrary();

    [Theory]
    [InlineData("0.10", "0.10")]
    [InlineData("100.00", "100.00")]
    [InlineData("007.50", "7.50")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("0.000", "0.000")]
    [InlineData("999999999999999999", "999999999999999999")]
    [InlineData("1234567890123456789.25", "1234567890123456789.25")]
    [InlineData("1E-3", "0.001")]
    public void Keeps_the_digits_a_number_cell_stores_after_the_point(string stored, string shown)
    {
        var parsed = ParseTarget(stored);

        Assert.Empty(parsed.Findings);
        Assert.Equal(shown, parsed.Return!.Outputs[0].Target!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Any_stored_text_reads_as_decimal_parse_reads_it_or_is_reported()
    {
        Prop.ForAll(StoredTexts, stored =>
        {
            var parsed = ParseTarget(stored);

            if (decimal.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected))
            {
                Assert.Empty(parsed.Findings);
                Assert.Equal(decimal.GetBits(expected), decimal.GetBits(parsed.Return!.Outputs[0].Target!.Value));
            }
            else
            {
                var finding = Assert.Single(parsed.Findings);
                Assert.Equal($"Target (end of project) must be a number; you entered '{stored}'.", finding.Message);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    private static ParsedReturn ParseTarget(string stored) =>
        ReturnParser.Parse(WorkbookContentBuilder.Valid().WithCell(Outputs, 1, "Target", CellValue.StoredNumber(stored)).Build());
}
