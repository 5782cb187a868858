using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Ukspf.Bench.Publishing;

/// <summary>
/// A written workbook taken apart for writing again: every part's bytes, except that each worksheet's cells and the
/// shared strings are kept as values. What the writing contenders write, so that each writes the same workbook as ours.
/// </summary>
public sealed record CellDump(IReadOnlyList<CellDump.Part> Parts, IReadOnlyList<string> SharedStrings)
{
    /// <summary>A part of the package, in the order ours wrote it: raw bytes, a worksheet, or the shared strings.</summary>
    public sealed record Part(string Path, byte[]? Raw, Sheet? Sheet);

    /// <summary>A worksheet: the markup before and after its cells as written, and the cells.</summary>
    public sealed record Sheet(string Name, string Before, IReadOnlyList<Row> Rows, string After);

    public sealed record Row(string? Index, IReadOnlyList<Cell> Cells);

    public sealed record Cell(string? Reference, string? Style, string? Type, string? Value);

    public const string SharedStringsPath = "xl/sharedStrings.xml";

    public IEnumerable<Sheet> Sheets => Parts.Where(p => p.Sheet is not null).Select(p => p.Sheet!);

    public long CellCount => Sheets.Sum(s => s.Rows.Sum(r => (long)r.Cells.Count));

    /// <summary>The raw bytes of a part, by path.</summary>
    public byte[] Raw(string suffix) => Parts.First(p => p.Raw is not null && p.Path.EndsWith(suffix, StringComparison.Ordinal)).Raw!;

    public static CellDump Read(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var names = SheetNames(zip);
        var parts = new List<Part>();
        List<string> strings = [];
        foreach (var entry in zip.Entries)
        {
            var bytes = Bytes(entry);
            if (entry.FullName == SharedStringsPath)
            {
                strings = Strings(bytes);
                parts.Add(new Part(entry.FullName, null, null));
            }
            else if (names.TryGetValue(entry.FullName, out var name)) parts.Add(new Part(entry.FullName, null, ReadSheet(name, Encoding.UTF8.GetString(bytes))));
            else parts.Add(new Part(entry.FullName, bytes, null));
        }
        return new CellDump(parts, strings);
    }

    private static Sheet ReadSheet(string name, string xml)
    {
        var open = xml.IndexOf("<sheetData", StringComparison.Ordinal);
        var empty = xml.IndexOf("<sheetData/>", StringComparison.Ordinal) == open;
        var openEnd = xml.IndexOf('>', open) + 1;
        var close = empty ? openEnd : xml.IndexOf("</sheetData>", openEnd, StringComparison.Ordinal);
        var after = empty ? openEnd : close + "</sheetData>".Length;
        var before = empty ? xml[..open] + "<sheetData>" : xml[..openEnd];
        return new Sheet(name, before, Rows($"<sheetData>{xml[openEnd..close]}</sheetData>"), "</sheetData>" + xml[after..]);
    }

    private static List<Row> Rows(string sheetData)
    {
        var rows = new List<Row>();
        using var reader = XmlReader.Create(new StringReader(sheetData), new XmlReaderSettings { IgnoreWhitespace = true });
        List<Cell>? cells = null;
        string? index = null;
        Cell? cell = null;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "row":
                        index = reader.GetAttribute("r");
                        cells = [];
                        if (reader.IsEmptyElement) rows.Add(new Row(index, cells));
                        break;
                    case "c":
                        cell = new Cell(reader.GetAttribute("r"), reader.GetAttribute("s"), reader.GetAttribute("t"), null);
                        if (reader.IsEmptyElement) cells!.Add(cell);
                        break;
                    case "v":
                    case "t":
                        cell = cell! with { Value = reader.ReadElementContentAsString() };
                        continue;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.LocalName == "c") cells!.Add(cell!);
                else if (reader.LocalName == "row") rows.Add(new Row(index, cells!));
            }
            reader.Read();
        }
        return rows;
    }

    private static Dictionary<string, string> SheetNames(ZipArchive zip)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in Elements(zip, "xl/_rels/workbook.xml.rels", "Relationship"))
        {
            var target = r["Target"]!;
            targets[r["Id"]!] = target.StartsWith('/') ? target[1..] : "xl/" + target;
        }
        return Elements(zip, "xl/workbook.xml", "sheet").ToDictionary(s => targets[s["r:id"]!], s => s["name"]!, StringComparer.Ordinal);
    }

    private static List<string> Strings(byte[] part)
    {
        var list = new List<string>();
        using var reader = XmlReader.Create(new MemoryStream(part));
        reader.MoveToContent();
        while (!reader.EOF)
        {
            // ReadFrom leaves the reader on the next item already.
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si") list.Add(((System.Xml.Linq.XElement)System.Xml.Linq.XNode.ReadFrom(reader)).Value);
            else reader.Read();
        }
        return list;
    }

    private static IEnumerable<Dictionary<string, string?>> Elements(ZipArchive zip, string path, string name)
    {
        using var reader = XmlReader.Create(zip.GetEntry(path)!.Open());
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != name) continue;
            var attributes = new Dictionary<string, string?>(StringComparer.Ordinal);
            while (reader.MoveToNextAttribute()) attributes[reader.Prefix == "" ? reader.LocalName : $"r:{reader.LocalName}"] = reader.Value;
            yield return attributes;
        }
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
