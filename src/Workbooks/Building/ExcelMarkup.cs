using System.IO.Compression;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

using Ukspf.Workbooks.Feedback;

namespace Ukspf.Workbooks.Building;

/// <summary>
/// Copies a package ClosedXML saved into the layout Excel writes, entry by entry: SpreadsheetML in the default
/// namespace (ClosedXML writes <c>x:</c>-prefixed markup, which exceljs cannot read), relationship targets relative
/// to their source part (exceljs cannot resolve ClosedXML's absolute ones), the core properties at
/// <c>docProps/core.xml</c> (where openpyxl looks for them, not the packaging library's <c>.psmdcp</c> name), and
/// package relationship ids and entry times that do not change from one save to the next.
/// </summary>
internal static partial class ExcelMarkup
{
    private const string CorePropertiesPath = "docProps/core.xml";
    private const string CorePropertiesType = "application/vnd.openxmlformats-package.core-properties+xml";
    private const string ContentTypesPath = "[Content_Types].xml";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };
    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>Writes the package held in <paramref name="saved"/> to <paramref name="output"/> (which need not seek).</summary>
    /// <param name="saved">ClosedXML's package, read from the start.</param>
    /// <param name="output">Receives the rewritten package; left open.</param>
    /// <param name="entryTime">The time every entry is stamped with.</param>
    /// <param name="stored">Cells to write as given, by sheet name and then cell reference ("C5"); null for none.</param>
    public static void Rewrite(Stream saved, Stream output, DateTimeOffset entryTime, IReadOnlyDictionary<string, Dictionary<string, StoredCell>>? stored = null)
    {
        using var source = new ZipArchive(saved, ZipArchiveMode.Read, leaveOpen: true);
        var storedByPart = stored is { Count: > 0 } ? ByPart(source, stored) : [];
        var renames = source.Entries
            .Where(e => e.FullName.EndsWith(".psmdcp", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(e => "/" + e.FullName, _ => "/" + CorePropertiesPath, StringComparer.Ordinal);
        var names = source.Entries.Select(e => Renamed(e.FullName, renames)).ToList();
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var name = Renamed(entry.FullName, renames);
            var copy = target.CreateEntry(name, CompressionLevel.Optimal);
            copy.LastWriteTime = entryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            if (name == ContentTypesPath) Save(FixContentTypes(XDocument.Load(from), names), to);
            else if (name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)) Save(FixRelationships(XDocument.Load(from), name, renames), to);
            else if (name.StartsWith(WorksheetFolder, StringComparison.OrdinalIgnoreCase) && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                Worksheet(from, to, storedByPart.GetValueOrDefault(name));
            else if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) WithoutPrefix(from, to, storedByPart.GetValueOrDefault(name));
            else from.CopyTo(to);
        }
    }

    private const string WorksheetFolder = "xl/worksheets/";

    private static string Renamed(string entry, Dictionary<string, string> renames) =>
        renames.TryGetValue("/" + entry, out var renamed) ? renamed[1..] : entry;

    // Node by node, so the cells to store as given can be put in place of ClosedXML's; rows lose their optional
    // "spans" hint, which Excel works out again, and empty cells their type.
    // ClosedXML 0.95.4 leaves a sheet's <dimension> at what the template had when rows were inserted into it; readers
    // that trust it (openpyxl's read-only mode) stop there. So a worksheet is read twice: once for the cells it holds,
    // once to copy it with the dimension they give.
    private static void Worksheet(Stream from, Stream to, Dictionary<string, StoredCell>? stored)
    {
        using var buffer = new MemoryStream();
        from.CopyTo(buffer);
        buffer.Position = 0;
        var dimension = UsedRange(buffer);
        buffer.Position = 0;
        WithoutPrefix(buffer, to, stored, dimension);
    }

    private static string? UsedRange(Stream sheet)
    {
        using var reader = XmlReader.Create(sheet, ReaderSettings);
        int firstColumn = int.MaxValue, firstRow = int.MaxValue, lastColumn = 0, lastRow = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c" || reader.GetAttribute("r") is not { } reference
                || !Reading.CellAddress.TryParse(reference, out var column, out var row)) continue;
            firstColumn = Math.Min(firstColumn, column);
            firstRow = Math.Min(firstRow, row);
            lastColumn = Math.Max(lastColumn, column);
            lastRow = Math.Max(lastRow, row);
        }

        return lastRow == 0 ? null : Reading.CellAddress.Of(firstColumn, firstRow) + ":" + Reading.CellAddress.Of(lastColumn, lastRow);
    }

    private static void WithoutPrefix(Stream from, Stream to, Dictionary<string, StoredCell>? stored, string? dimension = null)
    {
        using var reader = XmlReader.Create(from, ReaderSettings);
        reader.MoveToContent();
        // The root's namespace becomes the default: SpreadsheetML in the workbook's parts, extended properties in app.xml.
        using var writer = new DefaultNamespaceXmlWriter(XmlWriter.Create(to, WriterSettings), reader.NamespaceURI);
        writer.WriteStartDocument(true);
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && stored is not null && reader.LocalName == "c"
                && reader.GetAttribute("r") is { } reference && stored.TryGetValue(reference, out var cell))
            {
                WriteStored(writer, reader.NamespaceURI, reference, reader.GetAttribute("s"), cell);
                reader.Skip();
                continue;
            }

            if (dimension is not null && reader.NodeType == XmlNodeType.Element && reader.LocalName == "dimension")
            {
                writer.WriteStartElement("", "dimension", reader.NamespaceURI);
                writer.WriteAttributeString("ref", dimension);
                writer.WriteEndElement();
                reader.Skip();
                continue;
            }

            CopyNode(reader, writer);
        }

        writer.WriteEndDocument();
    }

    private static void CopyNode(XmlReader reader, XmlWriter writer)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                var empty = reader.IsEmptyElement;
                var row = reader.LocalName == "row";
                // ClosedXML types an empty styled cell as a shared string with no index, which trips simpler readers.
                var blankCell = empty && reader.LocalName == "c";
                writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                while (reader.MoveToNextAttribute())
                {
                    if (reader.NamespaceURI.Length == 0 && ((row && reader.LocalName == "spans") || (blankCell && reader.LocalName == "t"))) continue;
                    writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value);
                }

                reader.MoveToElement();
                if (empty) writer.WriteEndElement();
                break;
            case XmlNodeType.Text:
                writer.WriteString(reader.Value.Contains("_x", StringComparison.Ordinal) ? Unescaped(reader.Value) : reader.Value);
                break;
            default:
                XmlPass.CopyNode(reader, writer);
                return;
        }

        reader.Read();
    }

    // ClosedXML writes each half of a character outside the Basic Multilingual Plane (an emoji) as an "_xHHHH_"
    // escape. Excel reads the pair back, but other readers, ours among them, show the escapes; the character itself
    // is valid XML, so it is written as it is. Other escapes ("_x005F_" for an underscore before "x") are Excel's own.
    private static string Unescaped(string text) => Escapes().Replace(text, m => string.Concat((char)Hex(m.Groups["high"].Value), (char)Hex(m.Groups["low"].Value)));

    private static int Hex(string digits) => int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex("(?<!_x005F)_x(?<high>D[89AB][0-9A-F]{2})__x(?<low>D[C-F][0-9A-F]{2})_")]
    private static partial Regex Escapes();

    private static void WriteStored(XmlWriter writer, string ns, string reference, string? style, StoredCell cell)
    {
        writer.WriteStartElement("", "c", ns);
        writer.WriteAttributeString("r", reference);
        if (style is not null) writer.WriteAttributeString("s", style);
        if (cell.IsNumber)
        {
            writer.WriteElementString("v", ns, cell.Text);
        }
        else
        {
            writer.WriteAttributeString("t", "inlineStr");
            writer.WriteStartElement("is", ns);
            writer.WriteStartElement("t", ns);
            writer.WriteAttributeString("xml", "space", null, "preserve");
            writer.WriteString(cell.Text);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    // Sheet names to the worksheet parts that hold them, through the workbook and its relationships.
    private static Dictionary<string, Dictionary<string, StoredCell>> ByPart(ZipArchive package, IReadOnlyDictionary<string, Dictionary<string, StoredCell>> stored)
    {
        XNamespace main = DefaultNamespaceXmlWriter.SpreadsheetMl;
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var workbook = Load(package, "xl/workbook.xml");
        var targets = Load(package, "xl/_rels/workbook.xml.rels").Root!.Elements(Relationships + "Relationship")
            .ToDictionary(x => (string)x.Attribute("Id")!, x => (string)x.Attribute("Target")!);
        var parts = new Dictionary<string, Dictionary<string, StoredCell>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Root!.Element(main + "sheets")!.Elements(main + "sheet"))
        {
            var name = (string)sheet.Attribute("name")!;
            if (!stored.TryGetValue(name, out var cells)) continue;
            var target = targets[(string)sheet.Attribute(r + "id")!];
            parts[target.StartsWith('/') ? target[1..] : "xl/" + target] = cells;
        }

        return parts;
    }

    private static XDocument Load(ZipArchive package, string entry)
    {
        using var stream = package.GetEntry(entry)!.Open();
        return XDocument.Load(stream);
    }

    private static XDocument FixRelationships(XDocument rels, string entry, Dictionary<string, string> renames)
    {
        // "xl/worksheets/_rels/sheet1.xml.rels" describes a part in "/xl/worksheets/"; "_rels/.rels" the package, at "/".
        var folder = "/" + entry[..entry.LastIndexOf("_rels/", StringComparison.Ordinal)];
        var packageLevel = folder == "/";
        var next = 1;
        foreach (var rel in rels.Root!.Elements(Relationships + "Relationship"))
        {
            // Nothing refers to the package's own relationships by id, so they can be numbered in order.
            if (packageLevel) rel.SetAttributeValue("Id", $"rId{next++}");
            if ((string?)rel.Attribute("TargetMode") == "External" || (string?)rel.Attribute("Target") is not { } target) continue;
            var absolute = target.StartsWith('/') ? target : folder + target;
            rel.SetAttributeValue("Target", PackagePaths.Relative(folder, renames.GetValueOrDefault(absolute, absolute)));
        }

        return rels;
    }

    private static XDocument FixContentTypes(XDocument types, IReadOnlyList<string> entries)
    {
        var root = types.Root!;
        var overridden = root.Elements(ContentTypes + "Override").Select(o => ((string)o.Attribute("PartName")!).TrimStart('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // ClosedXML makes the workbook's type the default for every .xml part; Excel gives each part its own.
        if (root.Elements(ContentTypes + "Default").FirstOrDefault(d => string.Equals((string?)d.Attribute("Extension"), "xml", StringComparison.OrdinalIgnoreCase)) is { } xml
            && (string?)xml.Attribute("ContentType") is { } xmlType && xmlType != "application/xml")
        {
            foreach (var entry in entries.Where(e => e.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && e != ContentTypesPath && !overridden.Contains(e)))
            {
                if (entry == CorePropertiesPath) continue;
                root.Add(Override(entry, xmlType));
                overridden.Add(entry);
            }
            xml.SetAttributeValue("ContentType", "application/xml");
        }

        root.Elements(ContentTypes + "Default").Where(d => string.Equals((string?)d.Attribute("Extension"), "psmdcp", StringComparison.OrdinalIgnoreCase)).Remove();
        if (entries.Contains(CorePropertiesPath) && !overridden.Contains(CorePropertiesPath)) root.Add(Override(CorePropertiesPath, CorePropertiesType));
        return types;
    }

    private static XElement Override(string part, string contentType) =>
        new(ContentTypes + "Override", new XAttribute("PartName", "/" + part), new XAttribute("ContentType", contentType));

    private static void Save(XDocument document, Stream to)
    {
        using var xml = XmlWriter.Create(to, WriterSettings);
        document.Declaration = new XDeclaration("1.0", "UTF-8", "yes");
        document.Save(xml);
    }
}
