using System.Xml;

namespace Ukspf.Application;

/// <summary>
/// Text that came from outside (file and folder names, reasons quoting them) made safe to keep, show and write into
/// a workbook: XML 1.0 cannot carry control characters other than tab, line feed and carriage return, U+FFFE,
/// U+FFFF or half a surrogate pair, and Table Storage and terminals do no better with them.
/// </summary>
public static class SafeText
{
    /// <summary>The character put in place of one that cannot be carried.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>True when XML 1.0 can carry every character of the text.</summary>
    public static bool IsXmlSafe(string text) => IndexOfUnsafe(text) < 0;

    /// <summary>The text with each character XML 1.0 cannot carry replaced by U+FFFD.</summary>
    public static string ForXml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfUnsafe(text);
        if (first < 0) return text;
        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (!XmlConvert.IsXmlChar(chars[i])) chars[i] = Replacement;
        }
        return new string(chars);
    }

    /// <summary>
    /// <see cref="ForXml"/>, then cut to at most <paramref name="max"/> characters with an ellipsis, never between
    /// the halves of a surrogate pair: for quoting a name in a message.
    /// </summary>
    public static string Shortened(string text, int max)
    {
        var safe = ForXml(text);
        if (safe.Length <= max) return safe;
        var cut = max - 1;
        if (char.IsLowSurrogate(safe[cut])) cut--;
        return safe[..cut] + "…";
    }

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }
}
