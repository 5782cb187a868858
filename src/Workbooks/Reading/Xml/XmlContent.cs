using System.Buffers;
using System.Text;
using System.Xml;

namespace Ukspf.Workbooks.Reading.Xml;

/// <summary>Turns the UTF-8 bytes of XML text into a string: entities and character references decoded, line ends normalised.</summary>
internal static class XmlContent
{
    private static readonly SearchValues<byte> Forbidden = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0xB, 0xC, 0xE, 0xF, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Text holding no markup (no comments, CDATA or processing instructions).</summary>
    public static string Decode(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty) return "";
        var decoded = Utf8(text);
        return decoded.AsSpan().IndexOfAny('&', '\r') < 0 ? decoded : Unescape(decoded, entities: true);
    }

    /// <summary>Text interleaved with CDATA sections (taken as they are), comments and processing instructions (left out).</summary>
    public static string DecodeMixed(ReadOnlySpan<byte> text)
    {
        var result = new StringBuilder();
        while (!text.IsEmpty)
        {
            var lt = text.IndexOf((byte)'<');
            if (lt < 0) lt = text.Length;
            result.Append(Decode(text[..lt]));
            text = text[lt..];
            if (text.IsEmpty) break;
            if (text.StartsWith("<![CDATA["u8))
            {
                var end = text.IndexOf("]]>"u8);
                result.Append(Unescape(Utf8(text[9..end]), entities: false));
                text = text[(end + 3)..];
            }
            else
            {
                var instruction = text.StartsWith("<?"u8);
                var terminator = instruction ? "?>"u8 : "-->"u8;
                var opening = instruction ? 2 : 4;
                text = text[(opening + text[opening..].IndexOf(terminator) + terminator.Length)..];
            }
        }
        return result.ToString();
    }

    /// <summary>Refuses control characters XML does not allow (all below U+0020 but tab, line feed and carriage return).</summary>
    public static void CheckCharacters(ReadOnlySpan<byte> text)
    {
        if (text.IndexOfAny(Forbidden) >= 0) throw new XmlException("The part holds a control character that XML does not allow.");
    }

    /// <summary>Checks text that is passed over between tags as XmlReader would: allowed characters, known references.</summary>
    public static void CheckSkipped(ReadOnlySpan<byte> text)
    {
        CheckCharacters(text);
        if (text.IndexOf((byte)'&') >= 0) Decode(text);
    }

    private static string Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new XmlException("The part holds bytes that are not valid UTF-8.", e);
        }
    }

    // XML reads "\r\n" and a lone "\r" as "\n"; and outside CDATA, "&amp;", "&#163;" and the like as the character.
    private static string Unescape(string text, bool entities)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                result.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (c == '&' && entities)
            {
                var semicolon = text.IndexOf(';', i + 1);
                if (semicolon < 0) throw new XmlException("An entity reference is not closed with ';'.");
                result.Append(Entity(text.AsSpan(i + 1, semicolon - i - 1)));
                i = semicolon;
            }
            else result.Append(c);
        }
        return result.ToString();
    }

    private static string Entity(ReadOnlySpan<char> name)
    {
        switch (name)
        {
            case "lt": return "<";
            case "gt": return ">";
            case "amp": return "&";
            case "quot": return "\"";
            case "apos": return "'";
        }
        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] is 'x';
            var digits = name[(hex ? 2 : 1)..];
            var style = hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None;
            if (int.TryParse(digits, style, System.Globalization.CultureInfo.InvariantCulture, out var code)
                && code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF))
                return char.ConvertFromUtf32(code);
            throw new XmlException($"'&{name};' is not a valid character reference.");
        }
        throw new XmlException($"'&{name};' refers to an entity that is not declared.");
    }
}
