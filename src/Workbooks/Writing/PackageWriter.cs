using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Ukspf.Workbooks.Building;

namespace Ukspf.Workbooks.Writing;

/// <summary>
/// Writes an Open XML package forward only, straight into a zip: each part is compressed once as it is written,
/// and nothing is kept in memory but the list of parts and relationships. <see cref="Finish"/> then writes the
/// relationship parts, with targets relative to their source part's folder as Excel writes them, and
/// <c>[Content_Types].xml</c> naming every part, so neither can miss a part written before.
/// </summary>
internal sealed class PackageWriter : IDisposable
{
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsType = "application/vnd.openxmlformats-package.relationships+xml";

    // Excel stamps every entry 1980-01-01 00:00, the zip format's first date: the same content gives the same bytes.
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ZipArchive _zip;
    private readonly List<(string Part, string ContentType)> _parts = [];
    private readonly Dictionary<string, List<(string Id, string Type, string Target)>> _relationships = new(StringComparer.Ordinal);
    private bool _finished;

    /// <summary>Starts a package on <paramref name="output"/>, which is left open.</summary>
    /// <param name="output">
    /// Receives the zip. When it cannot seek, each entry's sizes follow its data (a data descriptor), which every
    /// zip reader accepts; when it can, it must be at position 0, since zip offsets count from the stream's start.
    /// </param>
    public PackageWriter(Stream output)
    {
        if (output.CanSeek && output.Position != 0)
        {
            throw new ArgumentException("A seekable stream must be at its start.", nameof(output));
        }

        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
    }

    /// <summary>How every part is compressed: Optimal, the level the Open XML SDK uses.</summary>
    public static CompressionLevel Level => CompressionLevel.Optimal;

    /// <summary>
    /// Starts a part, e.g. <c>xl/worksheets/sheet1.xml</c>; dispose the stream before starting the next one.
    /// </summary>
    public Stream CreatePart(string part, string contentType)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _parts.Add((part, contentType));
        return CreateEntry(part);
    }

    /// <summary>Writes a whole part from bytes already made.</summary>
    public void WritePart(string part, string contentType, ReadOnlySpan<byte> content)
    {
        using var stream = CreatePart(part, contentType);
        stream.Write(content);
    }

    /// <summary>
    /// Records a relationship from <paramref name="source"/> (a part, or "" for the package) to the part
    /// <paramref name="target"/>, and returns its id, <c>rId1</c> upwards for each source in the order asked.
    /// </summary>
    public string Relate(string source, string target, string type)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (!_relationships.TryGetValue(source, out var list))
        {
            list = [];
            _relationships.Add(source, list);
        }

        var id = "rId" + (list.Count + 1).ToString(CultureInfo.InvariantCulture);
        list.Add((id, type, PackagePaths.Relative(Folder(source), target)));
        return id;
    }

    /// <summary>Writes the relationship parts and the content types; the package is complete once disposed.</summary>
    public void Finish()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        foreach (var (source, relationships) in _relationships) WriteRelationships(source, relationships);
        WriteContentTypes();
        _finished = true;
    }

    /// <summary>Writes the zip's central directory.</summary>
    public void Dispose() => _zip.Dispose();

    /// <summary>The relationship part of <paramref name="source"/>: "xl/_rels/workbook.xml.rels", or "_rels/.rels" for the package.</summary>
    public static string RelationshipsPart(string source)
    {
        var folder = Folder(source);
        return $"{folder}_rels/{source[folder.Length..]}.rels";
    }

    private Stream CreateEntry(string name)
    {
        var entry = _zip.CreateEntry(name, Level);
        entry.LastWriteTime = EntryTime;
        return entry.Open();
    }

    private void WriteRelationships(string source, List<(string Id, string Type, string Target)> relationships)
    {
        using var stream = CreateEntry(RelationshipsPart(source));
        using var xml = XmlWriter.Create(stream, PartXml.Settings);
        xml.WriteStartDocument(true);
        xml.WriteStartElement("Relationships", RelationshipsNs);
        foreach (var (id, type, target) in relationships)
        {
            xml.WriteStartElement("Relationship");
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private void WriteContentTypes()
    {
        using var stream = CreateEntry("[Content_Types].xml");
        using var xml = XmlWriter.Create(stream, PartXml.Settings);
        xml.WriteStartDocument(true);
        xml.WriteStartElement("Types", ContentTypesNs);
        WriteDefault(xml, "rels", RelationshipsType);
        WriteDefault(xml, "xml", "application/xml");
        foreach (var (part, contentType) in _parts)
        {
            xml.WriteStartElement("Override");
            xml.WriteAttributeString("PartName", "/" + part);
            xml.WriteAttributeString("ContentType", contentType);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteDefault(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default");
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    // "xl/workbook.xml" is in "xl/"; the package itself, "", is at the root.
    private static string Folder(string part) => part[..(part.LastIndexOf('/') + 1)];
}
