using System.Xml;

namespace Ukspf.Workbooks.Reading;

/// <summary>Reads the shared string table: plain and rich-text items, in index order.</summary>
internal static class SharedStrings
{
    /// <summary>Every shared string; an empty array when the workbook has none.</summary>
    public static string[] Read(UploadPackage package, string? path, XmlNameTable names)
    {
        if (path is null) return [];
        using var stream = package.OpenPart(path);
        if (stream is null) return [];
        using var reader = XmlParts.Open(stream, names);
        var si = names.Add("si");
        var t = names.Add("t");
        var rPh = names.Add("rPh");
        var items = new List<string>();
        reader.MoveToContent();
        if (int.TryParse(reader.GetAttribute("uniqueCount"), out var count) && count is > 0 and < 1_000_000) items.Capacity = count;
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, si))
            {
                items.Add(XmlParts.ReadStringItem(reader, t, rPh));
                continue;
            }
            reader.Read();
        }
        return items.ToArray();
    }
}
