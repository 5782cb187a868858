using System.Globalization;
using System.Text;

namespace Ukspf.Domain.Returns;

/// <summary>
/// What text a workbook (XML 1.0) can carry, defined once for everything that writes a council's text out: the
/// feedback and consolidated workbooks, file names, the command line's tables. It carries tab, line feed, carriage
/// return and every character from U+0020 on, except halves of a surrogate pair that are not in a pair, U+FFFE and
/// U+FFFF, and the other Unicode non-characters (U+FDD0 to U+FDEF and the last two code points of every plane),
/// which XML 1.0 discourages and other programs refuse. Anything else is replaced by <see cref="Replacement"/>.
/// </summary>
public static class XmlCharacters
{
    /// <summary>The character put in place of one that cannot be carried: U+FFFD, the Unicode replacement character.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Whether a code point (not a half of a surrogate pair) can be carried.</summary>
    public static bool CanCarry(Rune rune)
    {
        var value = rune.Value;
        if (value < 0x20) return value is '\t' or '\n' or '\r';
        return value is < 0xFDD0 or > 0xFDEF && (value & 0xFFFE) != 0xFFFE;
    }

    /// <summary>Whether every character of the text can be carried as it stands.</summary>
    public static bool CanCarry(ReadOnlySpan<char> text) => IndexOfUnusable(text) < 0;

    /// <summary>
    /// Where the first character that cannot be carried starts (for a non-character beyond U+FFFF, its pair), or -1.
    /// Text that is all ordinary characters is checked many at a time.
    /// </summary>
    public static int IndexOfUnusable(ReadOnlySpan<char> text)
    {
        var start = text.IndexOfAnyExceptInRange('\u0020', '\uD7FF');
        if (start < 0) return -1;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\u0020' and < '\uD800') continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!CanCarry(new Rune(c, text[i + 1]))) return i;
                i++;
            }
            else if (char.IsSurrogate(c) || !CanCarry(new Rune(c)))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The text with each character that cannot be carried replaced by <see cref="Replacement"/>; the same string when none needs it.</summary>
    public static string Clean(string text) => Clean(text, out _);

    /// <summary>
    /// The text with each character that cannot be carried replaced by one <see cref="Replacement"/> (a pair that is
    /// a non-character by one, not two); the same string when none needs it.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="replaced">How many characters were replaced.</param>
    public static string Clean(string text, out int replaced)
    {
        ArgumentNullException.ThrowIfNull(text);
        replaced = 0;
        var at = IndexOfUnusable(text);
        if (at < 0) return text;
        var cleaned = new StringBuilder(text.Length).Append(text, 0, at);
        while (at >= 0)
        {
            cleaned.Append(Replacement);
            replaced++;
            var next = at + UnitsAt(text, at);
            var more = IndexOfUnusable(text.AsSpan(next));
            cleaned.Append(text, next, more < 0 ? text.Length - next : more);
            at = more < 0 ? -1 : next + more;
        }
        return cleaned.ToString();
    }

    /// <summary>
    /// The text cleaned as <see cref="Clean(string)"/>, then cut to at most <paramref name="max"/> characters ending in
    /// "…", never between the halves of a character pair: for quoting a name or reason from outside in a message.
    /// </summary>
    public static string CleanAndShorten(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var clean = Clean(text);
        if (clean.Length <= max) return clean;
        var cut = char.IsHighSurrogate(clean[max - 2]) ? max - 2 : max - 1;
        return string.Concat(clean.AsSpan(0, cut), "…");
    }

    /// <summary>
    /// Names the character that starts at <paramref name="index"/> for a council officer: "U+0007 (a control
    /// character)", "U+FFFE (not a character)", "U+D800 (half of a character pair)".
    /// </summary>
    public static string Describe(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (UnitsAt(text, index) == 2) return $"U+{char.ConvertToUtf32(c, text[index + 1]).ToString("X4", CultureInfo.InvariantCulture)} ({KindOf(new Rune(c, text[index + 1]))})";
        var code = $"U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}";
        return char.IsSurrogate(c) ? $"{code} (half of a character pair)" : $"{code} ({KindOf(new Rune(c))})";
    }

    private static string KindOf(Rune rune) => rune.Value < 0x20 ? "a control character" : CanCarry(rune) ? "a character" : "not a character";

    // A pair counts as one character; a half of a pair on its own is one unit.
    private static int UnitsAt(ReadOnlySpan<char> text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
}
