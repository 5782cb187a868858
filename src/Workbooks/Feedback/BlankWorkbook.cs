using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// The package the standalone feedback starts from: a workbook with no sheets yet and core properties saying what
/// it is, which the same copy as a council's workbook then gives its Feedback sheet and stylesheet.
/// </summary>
internal static class BlankWorkbook
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private const string ContentTypes =
        $"<Types xmlns=\"{Markup.ContentTypes}\">" +
        $"<Default Extension=\"rels\" ContentType=\"{Markup.RelationshipsContent}\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        $"<Override PartName=\"/xl/workbook.xml\" ContentType=\"{Markup.WorkbookContent}\"/>" +
        $"<Override PartName=\"/docProps/core.xml\" ContentType=\"{Markup.CorePropertiesContent}\"/></Types>";

    private const string PackageRelationships =
        $"<Relationships xmlns=\"{Markup.PackageRelationships}\">" +
        $"<Relationship Id=\"rId1\" Type=\"{Markup.OfficeDocumentType}\" Target=\"xl/workbook.xml\"/>" +
        $"<Relationship Id=\"rId2\" Type=\"{Markup.CorePropertiesType}\" Target=\"docProps/core.xml\"/></Relationships>";

    private const string Workbook =
        $"<workbook xmlns=\"{Markup.Main}\" xmlns:r=\"{Markup.Relationships}\"><bookViews><workbookView/></bookViews><sheets/></workbook>";

    /// <summary>The blank package for the feedback on an upload, its properties naming the council, round and file.</summary>
    public static MemoryStream Create(FeedbackHeader header)
    {
        var package = new MemoryStream();
        var at = new DateTimeOffset(header.ReceivedAt.UtcDateTime, TimeSpan.Zero);
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, Markup.ContentTypesPath, at, s => Text(s, ContentTypes));
            Part(zip, "_rels/.rels", at, s => Text(s, PackageRelationships));
            Part(zip, "docProps/core.xml", at, s => CoreProperties(s,
                $"Feedback on the UKSPF return of {header.CouncilName}, {header.Round}", $"{header.Status}: {header.FileName}", header.ReceivedAt.UtcDateTime));
            Part(zip, "xl/workbook.xml", at, s => Text(s, Workbook));
            Part(zip, "xl/_rels/workbook.xml.rels", at, s => Text(s, RelationshipsPass.Empty));
        }

        package.Position = 0;
        return package;
    }

    private static void Part(ZipArchive zip, string path, DateTimeOffset at, Action<Stream> write)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = at;
        using var stream = entry.Open();
        write(stream);
    }

    private static void Text(Stream stream, string markup)
    {
        using var writer = XmlPass.Writer(stream);
        using var reader = XmlPass.Reader(markup);
        writer.WriteStartDocument(true);
        reader.MoveToContent();
        XmlPass.CopyElement(reader, writer);
    }

    // docProps/core.xml, where Excel keeps it and where openpyxl looks for it.
    private static void CoreProperties(Stream stream, string title, string subject, DateTime createdUtc)
    {
        using var xml = XmlPass.Writer(stream);
        xml.WriteStartDocument(true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, SafeText.Clean(title));
        xml.WriteElementString("dc", "subject", Dc, SafeText.Clean(subject));
        xml.WriteElementString("dc", "creator", Dc, CommentsPass.Author);
        xml.WriteStartElement("dcterms", "created", DcTerms);
        xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
        xml.WriteString(createdUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
