namespace Ukspf.Storage.Local;

/// <summary>
/// New version tags in the shapes Azure uses. They are random rather than time-based so that two writes in the same
/// clock tick (or under a stopped test clock) never share a tag.
/// </summary>
internal static class ETags
{
    public static string NewBlobETag() => $"\"0x{RandomHex()}\"";

    public static string NewEntityETag() => $"W/\"0x{RandomHex()}\"";

    /// <summary>True when <paramref name="condition"/> is <c>*</c> or names exactly <paramref name="current"/>.</summary>
    public static bool Matches(string condition, string current) =>
        condition == "*" || string.Equals(condition, current, StringComparison.Ordinal);

    private static string RandomHex() => Guid.NewGuid().ToString("N").ToUpperInvariant();
}
