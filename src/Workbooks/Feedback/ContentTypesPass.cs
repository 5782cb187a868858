using System.Xml;

namespace Ukspf.Workbooks.Feedback;

/// <summary>Copies [Content_Types].xml, registering the parts feedback adds and making a template's workbook an ordinary one.</summary>
internal static class ContentTypesPass
{
    /// <summary>Copies the part, adding an override for each of <paramref name="overrides"/> (path, content type) and a default for VML drawings when one is needed and missing.</summary>
    public static void Run(XmlReader reader, XmlWriter writer, IReadOnlyList<(string Path, string ContentType)> overrides, bool needsVml)
    {
        writer.WriteStartDocument(true);
        reader.MoveToContent();
        XmlPass.StartElement(reader, writer);
        if (!reader.IsEmptyElement)
        {
            reader.Read();
            while (!XmlPass.AtEnd(reader, 0))
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && reader.LocalName == "Default" &&
                    string.Equals(reader.GetAttribute("Extension"), "vml", StringComparison.OrdinalIgnoreCase))
                {
                    needsVml = false;
                }

                // A template's workbook (.xltx) would be refused by Excel once saved as .xlsx.
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && reader.LocalName == "Override" &&
                    reader.GetAttribute("ContentType") == Markup.TemplateContent)
                {
                    XmlPass.StartElement(reader, writer, a => a != "ContentType");
                    writer.WriteAttributeString("ContentType", Markup.WorkbookContent);
                    if (reader.IsEmptyElement) writer.WriteEndElement();
                    reader.Read();
                    continue;
                }

                XmlPass.CopyNode(reader, writer);
            }
        }

        if (needsVml) Entry(writer, "Default", "Extension", "vml", Markup.VmlContent);
        foreach (var (path, contentType) in overrides) Entry(writer, "Override", "PartName", "/" + path, contentType);
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void Entry(XmlWriter writer, string kind, string key, string value, string contentType)
    {
        writer.WriteStartElement(kind, Markup.ContentTypes);
        writer.WriteAttributeString(key, value);
        writer.WriteAttributeString("ContentType", contentType);
        writer.WriteEndElement();
    }
}
