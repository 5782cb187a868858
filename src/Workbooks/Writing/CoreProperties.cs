using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Ukspf.Workbooks.Writing;

/// <summary>
/// Writes docProps/core.xml (title, subject, author, created) where Excel puts it. The packaging library's own
/// properties would land in a differently named part that some readers, openpyxl among them, do not look for.
/// </summary>
internal static class CoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Adds the core properties part to a new document.</summary>
    public static void Write(SpreadsheetDocument document, string title, string subject, string creator, DateTime createdUtc)
    {
        var part = document.AddCoreFilePropertiesPart();
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
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
