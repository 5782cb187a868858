using System.Xml;

namespace Ukspf.Workbooks.Writing;

/// <summary>Makes any text safe to store in a cell: XML 1.0 characters only, within Excel's cell length.</summary>
internal static class CellText
{
    /// <summary>Excel's limit on the characters in one cell.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>The text with characters XML cannot hold replaced and cut to Excel's cell limit.</summary>
    public static string Clean(string text)
    {
        if (text.Length > MaxCellLength) text = text[..MaxCellLength];
        var firstBad = IndexOfInvalid(text);
        if (firstBad < 0) return text;
        var chars = text.ToCharArray();
        for (var i = firstBad; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
                continue;
            }

            if (!XmlConvert.IsXmlChar(chars[i])) chars[i] = '\uFFFD';
        }

        return new string(chars);
    }

    /// <summary>Whether the text needs <c>xml:space="preserve"</c> to keep its leading or trailing white space.</summary>
    public static bool NeedsPreserve(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));

    private static int IndexOfInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
