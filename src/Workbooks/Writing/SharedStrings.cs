using System.Xml;
using Ukspf.Workbooks.Building;

namespace Ukspf.Workbooks.Writing;

/// <summary>The workbook's shared string table, built while the sheets are written and saved after them.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>Cells that refer to the table (Excel's <c>count</c>).</summary>
    public int References { get; private set; }

    /// <summary>The index of <paramref name="text"/> (already cleaned), adding it when new.</summary>
    public int IndexOf(string text)
    {
        References++;
        if (_index.TryGetValue(text, out var i)) return i;
        i = _strings.Count;
        _strings.Add(text);
        _index.Add(text, i);
        return i;
    }

    /// <summary>Writes the <c>sst</c> part.</summary>
    public void WriteTo(Stream stream)
    {
        using var xml = XmlWriter.Create(stream, PartXml.Settings);
        xml.WriteStartDocument(true);
        xml.WriteStartElement("sst", DefaultNamespaceXmlWriter.SpreadsheetMl);
        xml.WriteAttributeString("count", References.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteAttributeString("uniqueCount", _strings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var s in _strings)
        {
            xml.WriteStartElement("si");
            SheetXmlWriter.WriteTextElement(xml, s);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
