using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Ukspf.Workbooks.Building;

namespace Ukspf.Workbooks.Writing;

/// <summary>Saves parts the way Excel writes them: UTF-8, standalone, SpreadsheetML in the default namespace.</summary>
internal static class PartXml
{
    /// <summary>The namespace of relationship ids (<c>r:id</c>), declared once on a root rather than on every element.</summary>
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Settings for every part this project writes.</summary>
    public static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(false),
        CloseOutput = false,
    };

    /// <summary>Replaces the part's content with <paramref name="root"/>, written without the SDK's <c>x:</c> prefix.</summary>
    public static void Save(OpenXmlPart part, OpenXmlPartRootElement root)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = new DefaultNamespaceXmlWriter(XmlWriter.Create(stream, Settings));
        writer.WriteStartDocument(true);
        root.WriteTo(writer);
        writer.WriteEndDocument();
    }
}
