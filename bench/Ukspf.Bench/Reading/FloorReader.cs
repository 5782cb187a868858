using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Ukspf.Bench.Reading;

/// <summary>
/// The floor for reading: <see cref="ZipArchive"/> and <see cref="XmlReader"/> (with the same settings as ours)
/// over the workbook part, its relationships, the shared strings and the wanted sheets, turning every cell into its
/// string value and building nothing else. No checks, no addresses, no tables: what any reader must at least pay.
/// </summary>
public static class FloorReader
{
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Reads every cell of the wanted sheets; returns how many cells held a value.</summary>
    public static long Read(Stream xlsx)
    {
        using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
        var names = new NameTable();
        var targets = Relationships(zip, "xl/_rels/workbook.xml.rels", names);
        var strings = targets.Values.FirstOrDefault(t => t.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase)) is { } sst
            ? SharedStrings(zip, "xl/" + sst, names)
            : [];
        long cells = 0;
        foreach (var relationshipId in WantedSheets(zip, names))
            cells += Sheet(zip.GetEntry("xl/" + targets[relationshipId])!, strings, names);
        return cells;
    }

    private static List<string> WantedSheets(ZipArchive zip, NameTable names)
    {
        var ids = new List<string>();
        using var reader = Open(zip.GetEntry("xl/workbook.xml")!, names);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet") continue;
            if (ReadSheets.Names.Contains(reader.GetAttribute("name") ?? "")) ids.Add(reader.GetAttribute("id", OfficeRelationships)!);
        }
        return ids;
    }

    private static Dictionary<string, string> Relationships(ZipArchive zip, string path, NameTable names)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = Open(zip.GetEntry(path)!, names);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship")
            {
                var target = reader.GetAttribute("Target")!.TrimStart('/');
                targets[reader.GetAttribute("Id")!] = target.StartsWith("xl/", StringComparison.Ordinal) ? target[3..] : target;
            }
        }
        return targets;
    }

    private static string[] SharedStrings(ZipArchive zip, string path, NameTable names)
    {
        var si = names.Add("si");
        var t = names.Add("t");
        var rPh = names.Add("rPh");
        var list = new List<string>();
        using var reader = Open(zip.GetEntry(path)!, names);
        var current = "";
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var name = reader.LocalName;
                if (ReferenceEquals(name, t)) { current += reader.ReadElementContentAsString(); continue; }
                if (ReferenceEquals(name, rPh)) { reader.Skip(); continue; }
                if (ReferenceEquals(name, si))
                {
                    current = "";
                    if (reader.IsEmptyElement) list.Add(current);
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && ReferenceEquals(reader.LocalName, si)) list.Add(current);
            reader.Read();
        }
        return list.ToArray();
    }

    private static long Sheet(ZipArchiveEntry entry, string[] strings, NameTable names)
    {
        var c = names.Add("c");
        var v = names.Add("v");
        var t = names.Add("t");
        long cells = 0;
        using var reader = Open(entry, names);
        var type = "";
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var name = reader.LocalName;
                if (ReferenceEquals(name, v))
                {
                    var text = reader.ReadElementContentAsString();
                    var value = type == "s" ? strings[int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)] : text;
                    if (value is not null) cells++;
                    continue;
                }
                if (ReferenceEquals(name, t))
                {
                    // The text of an inline string, <is><t>.
                    if (reader.ReadElementContentAsString() is not null) cells++;
                    continue;
                }
                if (ReferenceEquals(name, c)) type = reader.GetAttribute(t) ?? "";
            }
            reader.Read();
        }
        return cells;
    }

    private static XmlReader Open(ZipArchiveEntry entry, NameTable names) => XmlReader.Create(entry.Open(), new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
        NameTable = names,
    });
}
