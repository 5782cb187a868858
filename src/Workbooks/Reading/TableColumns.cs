namespace Ukspf.Workbooks.Reading;

/// <summary>The template column keys a table was found with, and each key's slot in a row's cell array.</summary>
internal sealed class TableColumns
{
    private readonly Dictionary<string, int> _slots;

    /// <summary>Creates the slots for <paramref name="keys"/>, in that order.</summary>
    public TableColumns(IReadOnlyList<string> keys)
    {
        Keys = keys;
        _slots = new Dictionary<string, int>(keys.Count, StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++) _slots[keys[i]] = i;
    }

    /// <summary>The keys, by slot.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The slot of <paramref name="key"/>, or -1.</summary>
    public int SlotOf(string key) => _slots.TryGetValue(key, out var slot) ? slot : -1;
}
