using System.Text;
using Ukspf.Workbooks.Reading.Xml;

namespace Ukspf.Workbooks.Reading;

/// <summary>The text of a string item: a shared string's &lt;si&gt; or a cell's inline &lt;is&gt;.</summary>
internal static class StringItem
{
    /// <summary>
    /// Reads the item the reader is on: plain &lt;t&gt; or the runs of rich text, leaving out phonetic guides
    /// (&lt;rPh&gt;). Leaves the reader on the item's end tag.
    /// </summary>
    public static string Read(Utf8PartReader reader)
    {
        if (reader.IsEmptyElement) return "";
        var outside = reader.Depth - 1;
        string? first = null;
        StringBuilder? more = null;
        while (reader.ReadWithin(outside))
        {
            if (reader.NameIs("t"u8))
            {
                var text = reader.ReadContent();
                if (first is null) first = text;
                else (more ??= new StringBuilder(first)).Append(text);
            }
            else if (reader.NameIs("rPh"u8)) reader.Skip();
        }
        return more?.ToString() ?? first ?? "";
    }
}
