namespace Ukspf.Domain.Returns.Parsing;

/// <summary>
/// What a finding quotes of a value: enough to find it by, never the whole of a 40,000-character paste, which the
/// feedback workbook, the submission record and the screen would all have to carry.
/// </summary>
internal static class Quoted
{
    /// <summary>The characters of a value a finding quotes.</summary>
    public const int Characters = 80;

    /// <summary>The text, or its first <see cref="Characters"/> characters and "…" (a character pair is never split).</summary>
    public static string Shorten(string text)
    {
        if (text.Length <= Characters) return text;
        var cut = char.IsHighSurrogate(text[Characters - 1]) ? Characters - 1 : Characters;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
