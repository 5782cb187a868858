using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Ukspf.Workbooks.Template;

/// <summary>Saves a part's XML in default-namespace SpreadsheetML, replacing whatever the part held.</summary>
internal static class PartWriter
{
    /// <summary>The SpreadsheetML main namespace.</summary>
    public const string SpreadsheetMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Writes <paramref name="root"/> as the whole content of <paramref name="part"/>.</summary>
    public static void Save(OpenXmlPart part, OpenXmlElement root) => Write(part, root.WriteTo);

    /// <summary>Writes the whole content of <paramref name="part"/> with <paramref name="write"/>, which writes the root element.</summary>
    public static void Write(OpenXmlPart part, Action<XmlWriter> write)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        using var writer = new DefaultNamespaceWriter(xml, SpreadsheetMain);
        writer.WriteStartDocument(standalone: true);
        write(writer);
        writer.WriteEndDocument();
    }
}
