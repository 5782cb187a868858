using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Returns.Parsing;
using Ukspf.Domain.Template;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Returns;

/// <summary>
/// A number cell's stored text is read as Excel reads and shows it: a binary double, to 15 significant digits,
/// rounded half away from zero. A text of at most 15 significant digits is that exact decimal, down to the digits
/// kept after the point.
/// </summary>
public class StoredNumberTests
{
    private const NumberStyles Float = NumberStyles.Float;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string Outputs = TemplateSchema.Outputs.Name;

    /// <summary>The largest figure one number cell may hold.</summary>
    private static readonly decimal Largest = new ValidationSettings().MaxFigure;

    private static readonly Gen<string> Digits =
        Gen.Choose(0, 12).SelectMany(length => Gen.Elements("0123456789".ToCharArray()).ArrayOf(length)).Select(c => new string(c));

    /// <summary>Plain numbers with and without a point, and short runs of digits, points, signs, exponents and spaces.</summary>
    private static readonly Arbitrary<string> StoredTexts = Gen.OneOf(
            Digits,
            Digits.SelectMany(whole => Digits.Select(fraction => $"{whole}.{fraction}")),
            Gen.Choose(0, 22).SelectMany(length => Gen.Elements("0123456789.-+eE ".ToCharArray()).ArrayOf(length)).Select(c => new string(c)))
        .ToArbitrary();

    /// <summary>
    /// Doubles as tools make them: pounds and pence worked out in floating point (a rate times a quantity, a sum of
    /// lines), and any finite bit pattern at all.
    /// </summary>
    private static readonly Arbitrary<double> Doubles = Gen.OneOf(
            Gen.Choose(0, int.MaxValue).SelectMany(pence => Gen.Choose(1, 1_000).Select(units => pence / 100.0 * units / 7.0)),
            Gen.Choose(0, int.MaxValue).SelectMany(a => Gen.Choose(0, int.MaxValue).Select(b => a / 100.0 + b / 100.0 + 0.1)),
            Gen.Choose(int.MinValue, int.MaxValue).SelectMany(high => Gen.Choose(int.MinValue, int.MaxValue)
                .Select(low => BitConverter.Int64BitsToDouble(((long)high << 32) | (uint)low))).Where(double.IsFinite))
        .ToArbitrary();

    [Theory]
    [InlineData("0.10", "0.10")]
    [InlineData("100.00", "100.00")]
    [InlineData("007.50", "7.50")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("0.000", "0.000")]
    [InlineData("999999999.999999", "999999999.999999")]
    [InlineData("1.00000000000000000000", "1.00000000000000000000")]
    [InlineData("1E-3", "0.001")]
    public void Keeps_the_digits_a_number_cell_stores_after_the_point(string stored, string shown)
    {
        var parsed = ParseTarget(stored);

        Assert.Empty(parsed.Findings);
        Assert.Equal(shown, parsed.Return!.Outputs[0].Target!.Value.ToString(Invariant));
    }

    [Theory]
    [InlineData("8862.389999999999", "8862.39")]
    [InlineData("8862.3899999999994", "8862.39")]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("-8862.389999999999", "-8862.39")]
    [InlineData("99999999.999999999", "100000000")]
    [InlineData("1234567.0000000001E-2", "12345.67")]
    [InlineData("5.551115123125783E-17", "0.0000000000000000555111512313")]
    [InlineData("123456.0009765625", "123456.000976563")]
    public void Reads_a_number_stored_with_more_than_15_significant_digits_as_Excel_shows_it(string stored, string shown)
    {
        var parsed = ParseTarget(stored);

        Assert.Empty(parsed.Findings);
        Assert.Equal(shown, parsed.Return!.Outputs[0].Target!.Value.ToString(Invariant));
    }

    [Fact]
    public void Any_double_a_tool_stores_reads_as_Excel_shows_it_to_15_significant_digits()
    {
        Prop.ForAll(Doubles, number =>
        {
            var stored = number.ToString("R", Invariant);

            var parsed = ParseTarget(stored);

            if (TryShownByExcel(number, out var expected) && Math.Abs(expected) <= Largest)
            {
                Assert.Empty(parsed.Findings);
                Assert.Equal(expected, parsed.Return!.Outputs[0].Target!.Value);
                if (!IsTieAtTheSixteenthDigit(number))
                    Assert.Equal(decimal.GetBits(decimal.Parse(number.ToString("G15", Invariant), Float, Invariant)), decimal.GetBits(parsed.Return.Outputs[0].Target!.Value));
            }
            else
            {
                Assert.Contains("far more than any figure", Assert.Single(parsed.Findings).Message);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1_000));
    }

    [Fact]
    public void Any_stored_text_reads_exactly_up_to_15_significant_digits_and_as_Excel_shows_it_beyond_or_is_reported()
    {
        Prop.ForAll(StoredTexts, stored =>
        {
            var parsed = ParseTarget(stored);

            if (!double.TryParse(stored, Float, Invariant, out var number))
            {
                Assert.Equal($"Target (end of project) must be a number; you entered '{stored}'.", Assert.Single(parsed.Findings).Message);
                return;
            }
            var exact = SignificantDigits(stored) <= 15;
            var expected = 0m;
            if ((exact ? decimal.TryParse(stored, Float, Invariant, out expected) : TryShownByExcel(number, out expected)) && Math.Abs(expected) <= Largest)
            {
                Assert.Empty(parsed.Findings);
                var read = parsed.Return!.Outputs[0].Target!.Value;
                if (exact) Assert.Equal(decimal.GetBits(expected), decimal.GetBits(read));
                else Assert.Equal(expected, read);
            }
            else
            {
                Assert.Contains("far more than any figure", Assert.Single(parsed.Findings).Message);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1_000));
    }

    /// <summary>
    /// The double's exact value rounded half away from zero at the 15th significant digit, as Excel shows it; false
    /// when a decimal cannot hold it. This is what G15 gives, except that .NET rounds an exact tie to even.
    /// </summary>
    private static bool TryShownByExcel(double number, out decimal value)
    {
        if (!IsTieAtTheSixteenthDigit(number)) return decimal.TryParse(number.ToString("G15", Invariant), Float, Invariant, out value);
        // The exact value has 16 significant digits, the last a 5: move it up, away from zero.
        var sixteen = number.ToString("E15", Invariant);
        var exponent = int.Parse(sixteen[(sixteen.IndexOf('E') + 1)..], Invariant);
        var digits = long.Parse(sixteen[..sixteen.IndexOf('E')].Replace(".", "").Replace("-", ""), Invariant);
        var away = (digits + 5) / 10 * (number < 0 ? -1 : 1);
        return decimal.TryParse($"{away}E{exponent - 14}", Float, Invariant, out value);
    }

    /// <summary>Whether the double's exact decimal value is a 5 in the 16th significant digit and nothing after it.</summary>
    private static bool IsTieAtTheSixteenthDigit(double number)
    {
        var exact = number.ToString("E80", Invariant);
        var mantissa = exact[..exact.IndexOf('E')].TrimStart('-').Replace(".", "");
        return mantissa[15] == '5' && mantissa[16..].All(c => c == '0');
    }

    /// <summary>Digits from the first that is not 0 to the last that is not 0, before any exponent.</summary>
    private static int SignificantDigits(string stored)
    {
        var mantissa = new string(stored.TakeWhile(c => c is not ('e' or 'E')).Where(char.IsAsciiDigit).ToArray()).Trim('0');
        return mantissa.Length;
    }

    private static ParsedReturn ParseTarget(string stored) =>
        ReturnParser.Parse(WorkbookContentBuilder.Valid().WithCell(Outputs, 1, "Target", CellValue.StoredNumber(stored)).Build());
}
