namespace Ukspf.Workbooks.Reading.Xml;

/// <summary>
/// Reuses the strings of short values met again: a return's figures repeat (0, 100, 2500), and a number read
/// afresh for every cell is garbage the collector must then chase while the whole table is still being read.
/// </summary>
internal sealed class ShortStrings
{
    private const int Bits = 10;
    private readonly ulong[] _keys = new ulong[1 << Bits];
    private readonly string?[] _texts = new string?[1 << Bits];

    /// <summary>The text of <paramref name="utf8"/>, plain XML text without markup, decoded as <see cref="XmlContent.Decode"/> does.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length is 0 or > sizeof(ulong)) return XmlContent.Decode(utf8);
        // Up to eight ASCII bytes, none of them 0 (XML cannot hold it), pack one-to-one into a key.
        ulong key = 0;
        foreach (var b in utf8)
        {
            if (b >= 0x80 || b == '&' || b == '\r') return XmlContent.Decode(utf8);
            key = (key << 8) | b;
        }
        var slot = (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - Bits));
        if (_keys[slot] == key && _texts[slot] is { } known) return known;
        var text = string.Create(utf8.Length, key, static (chars, packed) =>
        {
            for (var i = chars.Length - 1; i >= 0; i--, packed >>= 8) chars[i] = (char)(byte)packed;
        });
        _keys[slot] = key;
        _texts[slot] = text;
        return text;
    }
}
