using System.IO.Compression;
using System.Xml;

namespace Ukspf.Workbooks.Feedback;

/// <summary>Looks at the start of a part the feedback need not change, to tell whether it must be written again all the same.</summary>
internal static class WorksheetProbe
{
    /// <summary>
    /// Whether a sheet without findings must be copied by a pass: its tab is selected (two selected tabs group the
    /// sheets) or it spells SpreadsheetML with a prefix. Reads no further than the start of its cells.
    /// </summary>
    public static bool NeedsCopy(ZipArchiveEntry sheet)
    {
        using var stream = sheet.Open();
        using var reader = XmlPass.Reader(stream);
        if (reader.MoveToContent() != XmlNodeType.Element) return false;
        if (reader.NamespaceURI == Markup.Main && reader.Prefix.Length > 0) return true;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.Depth == 1 && reader.LocalName == "sheetData") return false;
            if (reader.LocalName == "sheetView" && XmlPass.IsTrue(reader.GetAttribute("tabSelected"))) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a part's root element spells SpreadsheetML with a prefix. Reads no further than the root's start tag;
    /// a part that is not XML at all (custom XML may be anything) is left as it is.
    /// </summary>
    public static bool IsPrefixed(ZipArchiveEntry part)
    {
        using var stream = part.Open();
        using var reader = XmlPass.Reader(stream);
        try
        {
            return reader.MoveToContent() == XmlNodeType.Element && reader.NamespaceURI == Markup.Main && reader.Prefix.Length > 0;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
