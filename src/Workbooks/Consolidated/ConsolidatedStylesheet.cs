using System.Xml;
using Ukspf.Workbooks.Writing;
using Ukspf.Workbooks.Building;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>
/// The consolidated return's styles, built once per process: every workbook has the same stylesheet, so its
/// indexes and the styles part's bytes are made on first use and shared, never changed, by every write after.
/// </summary>
internal static class ConsolidatedStylesheet
{
    private static readonly Lazy<(ConsolidatedStyles Styles, byte[] Part)> Built = new(Build);

    /// <summary>The index of each format, for the sheets' cells.</summary>
    public static ConsolidatedStyles Styles => Built.Value.Styles;

    /// <summary>The styles part, default-namespace SpreadsheetML as UTF-8.</summary>
    public static ReadOnlySpan<byte> Part => Built.Value.Part;

    private static (ConsolidatedStyles, byte[]) Build()
    {
        var styles = ConsolidatedStyles.Create();
        using var bytes = new MemoryStream();
        using (var writer = new DefaultNamespaceXmlWriter(XmlWriter.Create(bytes, PartXml.Settings)))
        {
            writer.WriteStartDocument(true);
            styles.Stylesheet.WriteTo(writer);
            writer.WriteEndDocument();
        }

        return (styles, bytes.ToArray());
    }
}
