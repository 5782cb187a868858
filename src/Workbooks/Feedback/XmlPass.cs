using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// The forward-only copy every rewritten part goes through: each node read is written again as it was, except that
/// SpreadsheetML is written in the default namespace, as Excel writes it (the Open XML SDK's <c>x:</c> prefix is
/// something exceljs cannot read). A pass handles the elements it changes and hands the rest to these methods.
/// </summary>
internal static class XmlPass
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = false,
    };

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        CloseOutput = false,
        NamespaceHandling = NamespaceHandling.OmitDuplicates,
    };

    /// <summary>A reader over a part, hardened against hostile markup (no DTDs, no external entities).</summary>
    public static XmlReader Reader(Stream part) => XmlReader.Create(part, ReaderSettings);

    /// <summary>A reader over markup held as text.</summary>
    public static XmlReader Reader(string markup) => XmlReader.Create(new StringReader(markup), ReaderSettings);

    private static readonly XmlWriterSettings FragmentSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        CloseOutput = false,
        NamespaceHandling = NamespaceHandling.OmitDuplicates,
        OmitXmlDeclaration = true,
    };

    /// <summary>A writer of a part in UTF-8, as Excel writes them; VML drawings, as Excel writes them, without an XML declaration.</summary>
    public static XmlWriter Writer(Stream part, bool declaration = true) => XmlWriter.Create(part, declaration ? WriterSettings : FragmentSettings);

    /// <summary>
    /// Replaces the content of <paramref name="part"/> (readable, writable and seekable, positioned at its start) with
    /// what <paramref name="pass"/> writes while reading it.
    /// </summary>
    public static void Rewrite(Stream part, Action<XmlReader, XmlWriter> pass, bool declaration = true)
    {
        using var buffer = new MemoryStream();
        using (var reader = Reader(part))
        using (var writer = Writer(buffer, declaration))
        {
            pass(reader, writer);
        }

        part.SetLength(0);
        buffer.WriteTo(part);
    }

    /// <summary>Copies the current node (an element's start tag only, closing it when the source's was empty) and moves on.</summary>
    public static void CopyNode(XmlReader reader, XmlWriter writer)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                StartElement(reader, writer);
                if (reader.IsEmptyElement) writer.WriteEndElement();
                break;
            case XmlNodeType.EndElement:
                writer.WriteFullEndElement();
                break;
            case XmlNodeType.Text:
                writer.WriteString(reader.Value);
                break;
            case XmlNodeType.Whitespace:
            case XmlNodeType.SignificantWhitespace:
                writer.WriteWhitespace(reader.Value);
                break;
            case XmlNodeType.CDATA:
                writer.WriteCData(reader.Value);
                break;
            case XmlNodeType.Comment:
                writer.WriteComment(reader.Value);
                break;
            case XmlNodeType.ProcessingInstruction:
                writer.WriteProcessingInstruction(reader.Name, reader.Value);
                break;
        }

        reader.Read();
    }

    /// <summary>Copies the element the reader is on with everything in it; the reader ends on the node after it.</summary>
    public static void CopyElement(XmlReader reader, XmlWriter writer)
    {
        if (reader.IsEmptyElement)
        {
            CopyNode(reader, writer);
            return;
        }

        var depth = reader.Depth;
        CopyNode(reader, writer);
        while (reader.Depth > depth) CopyNode(reader, writer);
        CopyNode(reader, writer);
    }

    /// <summary>
    /// Finishes the element the reader is on once its start tag has been written: closes it when empty, else copies
    /// its content and end tag; the reader ends on the node after it.
    /// </summary>
    public static void CopyRestOfElement(XmlReader reader, XmlWriter writer)
    {
        if (reader.IsEmptyElement)
        {
            writer.WriteEndElement();
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!AtEnd(reader, depth)) CopyNode(reader, writer);
        CopyNode(reader, writer);
    }

    /// <summary>Writes the start tag of the element the reader is on, with the attributes <paramref name="keep"/> allows (all when null).</summary>
    public static void StartElement(XmlReader reader, XmlWriter writer, Func<string, bool>? keep = null)
    {
        var ns = reader.NamespaceURI;
        writer.WriteStartElement(ns == Markup.Main ? string.Empty : reader.Prefix, reader.LocalName, ns);
        if (!reader.MoveToFirstAttribute()) return;
        do
        {
            if (reader.NamespaceURI == Markup.Xmlns)
            {
                // The writer declares SpreadsheetML as the default namespace wherever it is needed.
                if (reader.Value == Markup.Main) continue;
                if (reader.Prefix.Length == 0) writer.WriteAttributeString("xmlns", reader.Value);
                else writer.WriteAttributeString("xmlns", reader.LocalName, Markup.Xmlns, reader.Value);
            }
            else if (keep is null || reader.NamespaceURI.Length > 0 || keep(reader.LocalName))
            {
                writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value);
            }
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    /// <summary>Reads the element the reader is on into a small tree, for the few elements a pass copies or clones (a font, a cell format).</summary>
    public static XElement ReadElement(XmlReader reader) => (XElement)XNode.ReadFrom(reader);

    /// <summary>Writes a small tree read with <see cref="ReadElement"/>, SpreadsheetML in the default namespace.</summary>
    public static void WriteElement(XmlWriter writer, XElement element)
    {
        var ns = element.Name.NamespaceName;
        writer.WriteStartElement(ns == Markup.Main ? string.Empty : element.GetPrefixOfNamespace(ns) ?? string.Empty, element.Name.LocalName, ns);
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration) continue;
            var attributeNs = attribute.Name.NamespaceName;
            if (attributeNs.Length == 0) writer.WriteAttributeString(attribute.Name.LocalName, attribute.Value);
            else writer.WriteAttributeString(element.GetPrefixOfNamespace(attributeNs), attribute.Name.LocalName, attributeNs, attribute.Value);
        }

        foreach (var node in element.Nodes())
        {
            if (node is XElement child) WriteElement(writer, child);
            else if (node is XText text) writer.WriteString(text.Value);
        }

        writer.WriteEndElement();
    }

    /// <summary>Whether the reader is on the end tag of the element at <paramref name="depth"/>.</summary>
    public static bool AtEnd(XmlReader reader, int depth) =>
        reader.EOF || (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth);

    /// <summary>An attribute as a number, or null when it is missing or not a whole number.</summary>
    public static int? IntAttribute(XmlReader reader, string name) =>
        int.TryParse(reader.GetAttribute(name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>An xsd:boolean attribute ("1" or "true").</summary>
    public static bool IsTrue(string? value) => value is "1" or "true";
}
