using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>
/// The drop-down texts already read during one parse. A workbook holds few distinct drop-down texts, repeated over
/// thousands of rows (usually as the same shared string), so each is read once per list. A text that is not on its
/// list is remembered as such too; the caller still reports it on every cell that holds it.
/// </summary>
internal sealed class ChoiceCache
{
    private readonly Dictionary<string, Dictionary<string, Choice>> _lists = new(StringComparer.Ordinal);

    /// <summary>What <see cref="ChoiceLists.TryRead"/> gives for this list and text.</summary>
    public bool TryRead(string listName, string text, out string value, out RoundId quarter)
    {
        if (!_lists.TryGetValue(listName, out var read)) _lists[listName] = read = new Dictionary<string, Choice>(StringComparer.Ordinal);
        if (!read.TryGetValue(text, out var choice))
        {
            var usable = ChoiceLists.TryRead(listName, text, out var canonical, out var parsed);
            read[text] = choice = new Choice(usable, canonical, parsed);
        }
        value = choice.Value;
        quarter = choice.Quarter;
        return choice.Usable;
    }

    // A class, not a struct: a dictionary of reference values runs on the runtime's shared, precompiled code
    // rather than code compiled for this type on first use.
    private sealed record Choice(bool Usable, string Value, RoundId Quarter);
}
