using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ukspf.Workbooks.Template;

/// <summary>Adds text to a workbook's shared string table once and hands back its index, as Excel does.</summary>
internal sealed class SharedStringWriter
{
    private readonly SharedStringTable _table;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    /// <summary>Adds to <paramref name="table"/>, which may already hold strings.</summary>
    public SharedStringWriter(SharedStringTable table)
    {
        _table = table;
        foreach (var item in table.Elements<SharedStringItem>())
        {
            _index.TryAdd(item.InnerText, _texts.Count);
            _texts.Add(item.InnerText);
        }
    }

    /// <summary>Number of strings in the table.</summary>
    public int Count => _texts.Count;

    /// <summary>The text at <paramref name="index"/>, or null when there is none.</summary>
    public string? this[int index] => (uint)index < (uint)_texts.Count ? _texts[index] : null;

    /// <summary>The workbook's table, or a new one when it has none.</summary>
    public static SharedStringWriter For(WorkbookPart workbook) =>
        new(workbook.SharedStringTablePart?.SharedStringTable ?? new SharedStringTable());

    /// <summary>The index of <paramref name="text"/>, added if new.</summary>
    public int Add(string text)
    {
        if (_index.TryGetValue(text, out var i)) return i;
        var t = new Text(text);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n')))
            t.Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
        _table.AppendChild(new SharedStringItem(t));
        _index[text] = _texts.Count;
        _texts.Add(text);
        return _texts.Count - 1;
    }

    /// <summary>Saves the table into the workbook's shared strings part, creating the part if needed.</summary>
    public void Save(WorkbookPart workbook)
    {
        _table.UniqueCount = (uint)Count;
        _table.Count = (uint)Count;
        PartWriter.Save(workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>("rIdStrings"), _table);
    }
}
