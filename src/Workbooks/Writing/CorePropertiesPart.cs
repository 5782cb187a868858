using System.Globalization;
using System.Xml;

namespace Ukspf.Workbooks.Writing;

/// <summary>
/// The core properties part (title, subject, author, created) for a package written without the packaging library:
/// also what <see cref="CoreProperties"/> adds to a <c>SpreadsheetDocument</c>, at Excel's path.
/// </summary>
internal static class CorePropertiesPart
{
    /// <summary>Where Excel keeps the part.</summary>
    public const string Path = "docProps/core.xml";

    /// <summary>Its content type.</summary>
    public const string ContentType = "application/vnd.openxmlformats-package.core-properties+xml";

    /// <summary>The package relationship that points at it.</summary>
    public const string RelationshipType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Writes the part's XML to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, string title, string subject, string creator, DateTime createdUtc)
    {
        using var xml = XmlWriter.Create(stream, PartXml.Settings);
        xml.WriteStartDocument(true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, CellText.Clean(title));
        xml.WriteElementString("dc", "subject", Dc, CellText.Clean(subject));
        xml.WriteElementString("dc", "creator", Dc, CellText.Clean(creator));
        xml.WriteStartElement("dcterms", "created", DcTerms);
        xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
        xml.WriteString(createdUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
