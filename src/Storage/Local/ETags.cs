namespace Ukspf.Storage.Local;

/// <summary>
/// New version tags in the shapes Azure uses. They are random rather than time-based so that two writes in the same
/// clock tick (or under a stopped test clock) never share a tag.
/// </summary>
internal static class ETags
{
    public static string NewBlobETag() => Tag("\"0x");

    public static string NewEntityETag() => Tag("W/\"0x");

    /// <summary>True when <paramref name="condition"/> is <c>*</c> or names exactly <paramref name="current"/>.</summary>
    public static bool Matches(string condition, string current) =>
        condition == "*" || string.Equals(condition, current, StringComparison.Ordinal);

    /// <summary>The prefix, 32 random upper-case hex digits and a closing quote, made as one string.</summary>
    private static string Tag(string prefix) =>
        string.Create(prefix.Length + 33, prefix, static (chars, start) =>
        {
            start.CopyTo(chars);
            Guid.NewGuid().TryFormat(chars[start.Length..], out _, "N");
            for (var i = start.Length; i < chars.Length - 1; i++) chars[i] = char.ToUpperInvariant(chars[i]);
            chars[^1] = '"';
        });
}
