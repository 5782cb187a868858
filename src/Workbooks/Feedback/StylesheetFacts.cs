using System.Xml;
using Ukspf.Workbooks.Styles;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// What the stylesheet holds before feedback adds to it: how many entries each list has (a list's <c>count</c> is
/// written before its entries, and may not be true) and the number format feedback reuses if the council has it.
/// </summary>
internal sealed class StylesheetFacts
{
    private readonly Dictionary<string, int> _counts = [];

    /// <summary>A stylesheet that does not exist yet.</summary>
    public static StylesheetFacts None { get; } = new();

    /// <summary>How many children the list has, or null when the stylesheet lacks it.</summary>
    public int? Count(string list) => _counts.TryGetValue(list, out var n) ? n : null;

    /// <summary>The id of the date-time number format, when the stylesheet already has it.</summary>
    public uint? DateTimeFormatId { get; private set; }

    /// <summary>The largest custom number format id.</summary>
    public uint MaxFormatId { get; private set; }

    /// <summary>How many cell formats there are (cells refer to them by position).</summary>
    public int CellFormats => Count("cellXfs") ?? 0;

    /// <summary>Reads a stylesheet part to its end.</summary>
    public static StylesheetFacts Read(Stream part)
    {
        var facts = new StylesheetFacts();
        using var reader = XmlPass.Reader(part);
        reader.MoveToContent();
        var list = "";
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Markup.Main) continue;
            if (reader.Depth == 1)
            {
                list = reader.LocalName;
                facts._counts[list] = 0;
            }
            else if (reader.Depth == 2)
            {
                facts._counts[list]++;
                if (reader.LocalName == "numFmt" && uint.TryParse(reader.GetAttribute("numFmtId"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
                {
                    facts.MaxFormatId = Math.Max(facts.MaxFormatId, id);
                    if (reader.GetAttribute("formatCode") == Palette.DateTime) facts.DateTimeFormatId ??= id;
                }
            }
        }

        return facts;
    }
}
