namespace Ukspf.Workbooks.Reading;

/// <summary>
/// Hands out one string instance per distinct short value ("0", "45748", "1500"), so a long table holding the same
/// figures and dates many times keeps one copy of each rather than one per cell.
/// </summary>
internal sealed class TextPool
{
    private const int MaxPooledLength = 16;
    private const int MaxEntries = 8192;
    private readonly HashSet<string> _pool = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>An empty pool.</summary>
    public TextPool() => _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="text"/>, or a new one.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length == 0) return "";
        if (text.Length > MaxPooledLength) return new string(text);
        if (_lookup.TryGetValue(text, out var pooled)) return pooled;
        var created = new string(text);
        if (_pool.Count < MaxEntries) _pool.Add(created);
        return created;
    }
}
