using System.Xml;

namespace Ukspf.Workbooks.Reading;

/// <summary>Forward-only XML readers over package parts, hardened against hostile markup (no DTDs, no external entities).</summary>
internal static class XmlParts
{
    /// <summary>A reader over <paramref name="part"/> that closes it when disposed.</summary>
    public static XmlReader Open(Stream part, XmlNameTable names) => XmlReader.Create(part, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
        NameTable = names,
    });

    /// <summary>
    /// Reads the text of a string item (a shared string's &lt;si&gt; or a cell's &lt;is&gt;): plain &lt;t&gt; or the
    /// runs of rich text, leaving out phonetic guides. Leaves the reader after the item's end tag.
    /// </summary>
    public static string ReadStringItem(XmlReader reader, string t, string rPh)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }
        var depth = reader.Depth;
        string? first = null;
        System.Text.StringBuilder? more = null;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var name = reader.LocalName;
                if (ReferenceEquals(name, t))
                {
                    var text = reader.ReadElementContentAsString();
                    if (first is null) first = text;
                    else (more ??= new System.Text.StringBuilder(first)).Append(text);
                    continue;
                }
                if (ReferenceEquals(name, rPh))
                {
                    reader.Skip();
                    continue;
                }
            }
            if (!reader.Read()) throw new XmlException("The part ends inside a string.");
        }
        reader.Read();
        return more?.ToString() ?? first ?? "";
    }

    /// <summary>Resolves a relationship target against the folder of the part that holds it ("xl/").</summary>
    public static string Resolve(string sourceFolder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : sourceFolder + target;
        if (!path.Contains("./", StringComparison.Ordinal)) return path;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (segment is not ("." or "")) parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
