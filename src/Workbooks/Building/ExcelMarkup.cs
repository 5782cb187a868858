using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Ukspf.Workbooks.Building;

/// <summary>
/// Copies a package ClosedXML saved into the layout Excel writes, entry by entry: SpreadsheetML in the default
/// namespace (ClosedXML writes <c>x:</c>-prefixed markup, which exceljs cannot read), relationship targets relative
/// to their source part (exceljs cannot resolve ClosedXML's absolute ones), the core properties at
/// <c>docProps/core.xml</c> (where openpyxl looks for them, not the packaging library's <c>.psmdcp</c> name), and
/// package relationship ids and entry times that do not change from one save to the next.
/// </summary>
internal static class ExcelMarkup
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
    public static void Rewrite(Stream saved, Stream output, DateTimeOffset entryTime)
    {
        using var source = new ZipArchive(saved, ZipArchiveMode.Read, leaveOpen: true);
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
            else if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) WithoutPrefix(from, to);
            else from.CopyTo(to);
        }
    }

    private static string Renamed(string entry, Dictionary<string, string> renames) =>
        renames.TryGetValue("/" + entry, out var renamed) ? renamed[1..] : entry;

    private static void WithoutPrefix(Stream from, Stream to)
    {
        using var reader = XmlReader.Create(from, ReaderSettings);
        using var writer = new DefaultNamespaceXmlWriter(XmlWriter.Create(to, WriterSettings));
        writer.WriteStartDocument(true);
        reader.MoveToContent();
        writer.WriteNode(reader, defattr: true);
        writer.WriteEndDocument();
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
