using System.Diagnostics.CodeAnalysis;
using Ukspf.Domain.Workbook;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// A data row's cells keyed by template column key, stored as one small array of values per row over keys shared by
/// the whole table. A long table is held until the parser has read it, so a row keeps only kind and text of each
/// value, and hands out a <see cref="RawCell"/> (a value, not an object) when asked.
/// </summary>
/// <remarks>A slot whose text is null is an empty cell, left out of the dictionary.</remarks>
internal sealed class RowCells(TableColumns columns, string sheet, int row, RowCells.Value[] cells) : IReadOnlyDictionary<string, RawCell>
{
    public RawCell this[string key] => TryGetValue(key, out var cell) ? cell : throw new KeyNotFoundException($"No column '{key}' in this row.");

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<RawCell> Values => this.Select(p => p.Value);

    public int Count => cells.Count(c => c.Text is not null);

    public bool ContainsKey(string key) => columns.SlotOf(key) is var slot && slot >= 0 && cells[slot].Text is not null;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out RawCell value)
    {
        var slot = columns.SlotOf(key);
        if (slot >= 0 && Cell(slot) is { } cell)
        {
            value = cell;
            return true;
        }
        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, RawCell>> GetEnumerator()
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (Cell(i) is { } cell) yield return new KeyValuePair<string, RawCell>(columns.Keys[i], cell);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private RawCell? Cell(int slot) =>
        cells[slot] is { Text: { } text } found ? new RawCell(sheet, columns.Columns[slot], row, found.Kind, text) : null;

    /// <summary>One cell's value as a row keeps it; a null text is an empty cell.</summary>
    public readonly record struct Value(RawCellKind Kind, string? Text);
}
