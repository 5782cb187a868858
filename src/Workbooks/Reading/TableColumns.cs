namespace Ukspf.Workbooks.Reading;

/// <summary>The template column keys a table was found with, the sheet column of each, and each key's slot in a row.</summary>
internal sealed class TableColumns
{
    private readonly Dictionary<string, int> _slots;

    /// <summary>Creates the slots for <paramref name="keys"/>, found in sheet columns <paramref name="columns"/>, in that order.</summary>
    public TableColumns(IReadOnlyList<string> keys, IReadOnlyList<int> columns)
    {
        Keys = keys;
        Columns = columns;
        _slots = new Dictionary<string, int>(keys.Count, StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++) _slots[keys[i]] = i;
    }

    /// <summary>The keys, by slot.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The sheet column number (1 for A) of each slot.</summary>
    public IReadOnlyList<int> Columns { get; }

    /// <summary>The slot of <paramref name="key"/>, or -1.</summary>
    public int SlotOf(string key) => _slots.TryGetValue(key, out var slot) ? slot : -1;
}
