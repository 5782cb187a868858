using System.Text;
using System.Xml;
using FsCheck;
using FsCheck.Fluent;
using Ukspf.Domain.Returns;
using Xunit;

namespace Ukspf.Domain.Tests.Returns;

/// <summary>What XML 1.0 text can carry, as System.Xml itself judges it, less the Unicode non-characters.</summary>
public class XmlCharactersTests
{
    /// <summary>Characters of every kind: plain, tab and line ends, controls, both halves of a pair, non-characters.</summary>
    private static readonly Arbitrary<string> NastyTexts = Gen.Elements(
            'a', 'Z', ' ', '£', 'é', '\t', '\n', '\r', '\u0000', '\u0007', '\u001F', '\u007F', '\u0085', '\uD7FF', '\uD83D', '\uDE00',
            '\uDBBF', '\uDFFE', '\uDFFF', '\uE000', '\uFDCF', '\uFDD0', '\uFDEF', '\uFDF0', '\uFFFD', '\uFFFE', '\uFFFF')
        .ArrayOf().Select(c => new string(c)).ToArbitrary();

    [Fact]
    public void Every_character_of_the_basic_plane_is_judged_as_xml_judges_it_less_the_non_characters()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var text = ((char)c).ToString();
            var nonCharacter = c is >= 0xFDD0 and <= 0xFDEF;

            var carried = XmlCharacters.IndexOfUnusable(text) < 0;

            Assert.True(carried == (XmlConvert.IsXmlChar((char)c) && !nonCharacter), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("D83D DE00", true)]
    [InlineData("DBFF DFFD", true)]
    [InlineData("D83F DFFE", false)]
    [InlineData("DBFF DFFF", false)]
    [InlineData("D83D", false)]
    [InlineData("DE00", false)]
    [InlineData("DE00 D83D", false)]
    public void A_pair_is_carried_unless_it_is_a_non_character_and_a_half_pair_never_is(string units, bool carried)
    {
        Assert.Equal(carried, XmlCharacters.CanCarry(Units(units)));
    }

    [Fact]
    public void Cleaning_text_xml_can_carry_gives_back_the_same_string()
    {
        const string text = "Fish & chips\tin Shoreham\r\n£1,200 😀";

        Assert.Same(text, XmlCharacters.Clean(text));
    }

    [Theory]
    [InlineData("Shoreham\u0007grants", "Shoreham\uFFFDgrants", 1)]
    [InlineData("\uFFFE\uFFFF", "\uFFFD\uFFFD", 2)]
    [InlineData("a\U0001FFFEb", "a\uFFFDb", 1)]
    [InlineData("D83D 0078 DE00", "\uFFFDx\uFFFD", 2)]
    public void Cleaning_replaces_each_character_xml_cannot_carry_by_one_replacement_character(string text, string cleaned, int replaced)
    {
        Assert.Equal(cleaned, XmlCharacters.Clean(text.Contains(' ') ? Units(text) : text, out var count));
        Assert.Equal(replaced, count);
    }

    [Theory]
    [InlineData("a\u0007", 1, "U+0007 (a control character)")]
    [InlineData("\uFFFE", 0, "U+FFFE (not a character)")]
    [InlineData("x\U0001FFFE", 1, "U+1FFFE (not a character)")]
    [InlineData("D800 0020", 0, "U+D800 (half of a character pair)")]
    public void Names_the_character_it_cannot_carry(string text, int index, string name)
    {
        Assert.Equal(name, XmlCharacters.Describe(text.Contains(' ') ? Units(text) : text, index));
    }

    [Fact]
    public void Cleaned_text_is_what_an_xml_writer_writes_and_keeps_everything_it_could_carry()
    {
        Prop.ForAll(NastyTexts, text =>
        {
            var cleaned = XmlCharacters.Clean(text, out var replaced);

            Assert.Equal(-1, XmlCharacters.IndexOfUnusable(cleaned));
            XmlConvert.VerifyXmlChars(cleaned);
            using var writer = XmlWriter.Create(new StringBuilder(), new XmlWriterSettings { CheckCharacters = true });
            writer.WriteElementString("t", cleaned);
            Assert.Equal(replaced == 0, ReferenceEquals(text, cleaned));
            Assert.Equal(Carried(text), Carried(cleaned));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    /// <summary>UTF-16 code units written in hex, "D83D DE00", so that halves of a pair survive as test data.</summary>
    private static string Units(string hex) => new(hex.Split(' ').Select(u => (char)Convert.ToUInt16(u, 16)).ToArray());

    /// <summary>The characters of the text that XML carries and that are characters at all, in order, U+FFFD left out.</summary>
    private static string Carried(string text) => string.Concat(text.EnumerateRunes()
        .Where(r => r != Rune.ReplacementChar)
        .Where(r => r.IsBmp ? XmlConvert.IsXmlChar((char)r.Value) && r.Value is < 0xFDD0 or > 0xFDEF : (r.Value & 0xFFFE) != 0xFFFE)
        .Select(r => r.ToString()));
}
