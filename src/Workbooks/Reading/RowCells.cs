using System.Diagnostics.CodeAnalysis;
using Ukspf.Domain.Workbook;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// A data row's cells keyed by template column key, stored as one array per row over keys shared by the whole
/// table, so reading a long table costs one small array per row rather than a dictionary.
/// </summary>
/// <remarks>A null slot is an empty cell, left out of the dictionary.</remarks>
internal sealed class RowCells(TableColumns columns, RawCell?[] cells) : IReadOnlyDictionary<string, RawCell>
{
    public RawCell this[string key] => TryGetValue(key, out var cell) ? cell : throw new KeyNotFoundException($"No column '{key}' in this row.");

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<RawCell> Values => this.Select(p => p.Value);

    public int Count => cells.Count(c => c is not null);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out RawCell value)
    {
        var slot = columns.SlotOf(key);
        value = slot >= 0 ? cells[slot] : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, RawCell>> GetEnumerator()
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is { } cell) yield return new KeyValuePair<string, RawCell>(columns.Keys[i], cell);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
