using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Ukspf.Domain.Validation;
using Ukspf.Workbooks.Styles;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Copies the workbook's stylesheet and appends the fonts, fills, number format and cell formats
/// <see cref="FeedbackStyles"/> numbered. The council's own entries are never changed, so every cell keeps its look;
/// lists a stylesheet must have and lacks are added with Excel's defaults.
/// </summary>
internal sealed class StylesheetPass
{
    /// <summary>The stylesheet a workbook without one starts from.</summary>
    public const string Empty = $"<styleSheet xmlns=\"{Markup.Main}\"/>";

    private static readonly XNamespace Main = Markup.Main;
    private static readonly string[] Order =
        ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

    private static readonly string[] FontChildOrder =
        ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"];

    private readonly StylesheetFacts _facts;
    private readonly FeedbackStyles _styles;
    private readonly uint _dateTimeFormat;
    private readonly int _fonts;
    private readonly int _fills;
    private readonly Dictionary<uint, XElement> _sources = [];
    private XElement? _defaultFont;

    private StylesheetPass(StylesheetFacts facts, FeedbackStyles styles)
    {
        _facts = facts;
        _styles = styles;
        _dateTimeFormat = facts.DateTimeFormatId ?? Math.Max(164, facts.MaxFormatId + 1);
        _fonts = Math.Max(1, facts.Count("fonts") ?? 0);
        _fills = Math.Max(2, facts.Count("fills") ?? 0);
    }

    private uint BoldFont => (uint)_fonts;
    private uint TitleFont => (uint)_fonts + 1;
    private uint LinkFont => (uint)_fonts + 2;
    private uint RedFill => (uint)_fills;
    private uint AmberFill => (uint)_fills + 1;
    private uint GreenFill => (uint)_fills + 2;
    private uint HeaderFill => (uint)_fills + 3;

    /// <summary>Copies the stylesheet from <paramref name="reader"/> to <paramref name="writer"/> with the feedback's styles added.</summary>
    public static void Run(XmlReader reader, XmlWriter writer, StylesheetFacts facts, FeedbackStyles styles) =>
        new StylesheetPass(facts, styles).Run(reader, writer);

    private void Run(XmlReader reader, XmlWriter writer)
    {
        var order = new ChildOrder(Order);
        if (_facts.DateTimeFormatId is null && _facts.Count("numFmts") is null) order.Add("numFmts", w => NewList(w, "numFmts", 0, AppendNumberFormat));
        if (_facts.Count("fonts") is null) order.Add("fonts", w => NewList(w, "fonts", 0, AppendFonts));
        if (_facts.Count("fills") is null) order.Add("fills", w => NewList(w, "fills", 0, AppendFills));
        if (_facts.Count("borders") is null) order.Add("borders", w => NewList(w, "borders", 0, AppendBorder));
        if (_facts.Count("cellStyleXfs") is null) order.Add("cellStyleXfs", w => NewList(w, "cellStyleXfs", 0, AppendStyleFormat));
        if (_facts.Count("cellXfs") is null) order.Add("cellXfs", w => NewList(w, "cellXfs", 0, AppendCellFormats));
        if (_facts.Count("cellStyles") is null) order.Add("cellStyles", w => NewList(w, "cellStyles", 0, AppendNormalStyle));

        order.CopyPart(reader, writer, (reader, writer) =>
        {
            switch (reader.LocalName)
            {
                case "numFmts": List(reader, writer, null, AppendNumberFormat); break;
                case "fonts": List(reader, writer, KeepFirstFont, AppendFonts); break;
                case "fills": List(reader, writer, null, AppendFills); break;
                case "borders": List(reader, writer, null, AppendBorder); break;
                case "cellStyleXfs": List(reader, writer, null, AppendStyleFormat); break;
                case "cellXfs": List(reader, writer, KeepCloneSources, AppendCellFormats); break;
                default: XmlPass.CopyElement(reader, writer); break;
            }
        });
    }

    // Copies a list, each child through keep (told the child's position) or as it is, then what append adds; the
    // count, which comes before the children, is the facts' count of them plus what append will add.
    private void List(XmlReader reader, XmlWriter writer, Action<XmlReader, XmlWriter, int>? keep, Action<XmlWriter, int> append)
    {
        var name = reader.LocalName;
        var existing = _facts.Count(name) ?? 0;
        XmlPass.StartElement(reader, writer, a => a != "count");
        writer.WriteAttributeString("count", (existing + Added(name, existing)).ToString(CultureInfo.InvariantCulture));
        if (reader.IsEmptyElement)
        {
            reader.Read();
        }
        else
        {
            var depth = reader.Depth;
            var position = 0;
            reader.Read();
            while (!XmlPass.AtEnd(reader, depth))
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && reader.NamespaceURI == Markup.Main)
                {
                    if (keep is null) XmlPass.CopyElement(reader, writer);
                    else keep(reader, writer, position);
                    position++;
                }
                else
                {
                    XmlPass.CopyNode(reader, writer);
                }
            }

            reader.Read();
        }

        append(writer, existing);
        writer.WriteEndElement();
    }

    private void NewList(XmlWriter writer, string name, int existing, Action<XmlWriter, int> append)
    {
        writer.WriteStartElement(name, Markup.Main);
        writer.WriteAttributeString("count", Added(name, existing).ToString(CultureInfo.InvariantCulture));
        append(writer, existing);
        writer.WriteEndElement();
    }

    // How many entries the append method of a list writes after a list of `existing` entries.
    private int Added(string list, int existing) => list switch
    {
        "numFmts" => _facts.DateTimeFormatId is null ? 1 : 0,
        "fonts" => (existing == 0 ? 1 : 0) + 3,
        "fills" => Math.Max(0, 2 - existing) + 4,
        "borders" or "cellStyleXfs" => existing == 0 ? 1 : 0,
        "cellXfs" => (existing == 0 ? 1 : 0) + (int)(_styles.Link - _styles.Existing + 1) + _styles.Clones.Count,
        "cellStyles" => 1,
        _ => 0,
    };

    private void KeepFirstFont(XmlReader reader, XmlWriter writer, int position)
    {
        if (position != 0)
        {
            XmlPass.CopyElement(reader, writer);
            return;
        }

        _defaultFont = XmlPass.ReadElement(reader);
        XmlPass.WriteElement(writer, _defaultFont);
    }

    private void KeepCloneSources(XmlReader reader, XmlWriter writer, int position)
    {
        var index = (uint)position;
        if (index != 0 && !_styles.Clones.Any(c => c.Original == index))
        {
            XmlPass.CopyElement(reader, writer);
            return;
        }

        var xf = XmlPass.ReadElement(reader);
        _sources[index] = xf;
        XmlPass.WriteElement(writer, xf);
    }

    private void AppendNumberFormat(XmlWriter writer, int existing)
    {
        if (_facts.DateTimeFormatId is not null) return;
        writer.WriteStartElement("numFmt", Markup.Main);
        writer.WriteAttributeString("numFmtId", _dateTimeFormat.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("formatCode", Palette.DateTime);
        writer.WriteEndElement();
    }

    private void AppendFonts(XmlWriter writer, int existing)
    {
        if (existing == 0)
        {
            _defaultFont = CalibriFont();
            XmlPass.WriteElement(writer, _defaultFont);
        }

        var font = _defaultFont ?? CalibriFont();
        XmlPass.WriteElement(writer, Font(font, bold: true));
        XmlPass.WriteElement(writer, Font(font, bold: true, size: 14));
        XmlPass.WriteElement(writer, Font(font, bold: false, argb: Palette.Link, underline: true));
    }

    private void AppendFills(XmlWriter writer, int existing)
    {
        // Excel reserves fills 0 and 1 (none and gray125) whatever the file says.
        if (existing == 0) PatternFill(writer, "none", null);
        if (existing < 2) PatternFill(writer, "gray125", null);
        foreach (var colour in new[] { Palette.Red, Palette.Amber, Palette.Green, Palette.Header }) PatternFill(writer, "solid", colour);
    }

    private static void AppendBorder(XmlWriter writer, int existing)
    {
        if (existing > 0) return;
        writer.WriteStartElement("border", Markup.Main);
        writer.WriteEndElement();
    }

    private static void AppendStyleFormat(XmlWriter writer, int existing)
    {
        if (existing > 0) return;
        Format(writer, 0, 0, 0, false, cellStyle: false);
    }

    private static void AppendNormalStyle(XmlWriter writer, int existing)
    {
        writer.WriteStartElement("cellStyle", Markup.Main);
        writer.WriteAttributeString("name", "Normal");
        writer.WriteAttributeString("xfId", "0");
        writer.WriteAttributeString("builtinId", "0");
        writer.WriteEndElement();
    }

    private void AppendCellFormats(XmlWriter writer, int existing)
    {
        if (existing == 0) Format(writer, 0, 0, 0, false);
        Format(writer, 0, TitleFont, 0, false);
        Format(writer, 0, BoldFont, 0, false);
        Format(writer, 0, BoldFont, HeaderFill, true);
        Format(writer, _dateTimeFormat, 0, 0, false);
        Format(writer, 0, 0, 0, true);
        Format(writer, 0, 0, RedFill, false);
        Format(writer, 0, 0, AmberFill, false);
        Format(writer, 0, BoldFont, GreenFill, false);
        Format(writer, 0, BoldFont, RedFill, false);
        Format(writer, 0, LinkFont, 0, false);
        foreach (var (original, severity) in _styles.Clones)
        {
            var clone = _sources.TryGetValue(original, out var source) ? new XElement(source) : new XElement(Main + "xf");
            clone.SetAttributeValue("fillId", severity == Severity.Error ? RedFill : AmberFill);
            clone.SetAttributeValue("applyFill", "1");
            XmlPass.WriteElement(writer, clone);
        }
    }

    private static void Format(XmlWriter writer, uint numberFormat, uint font, uint fill, bool wrap, bool cellStyle = true)
    {
        writer.WriteStartElement("xf", Markup.Main);
        writer.WriteAttributeString("numFmtId", numberFormat.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("fontId", font.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("fillId", fill.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("borderId", "0");
        if (cellStyle) writer.WriteAttributeString("xfId", "0");
        if (numberFormat != 0) writer.WriteAttributeString("applyNumberFormat", "1");
        if (font != 0) writer.WriteAttributeString("applyFont", "1");
        if (fill != 0) writer.WriteAttributeString("applyFill", "1");
        if (wrap)
        {
            writer.WriteAttributeString("applyAlignment", "1");
            writer.WriteStartElement("alignment", Markup.Main);
            writer.WriteAttributeString("vertical", "top");
            writer.WriteAttributeString("wrapText", "1");
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void PatternFill(XmlWriter writer, string pattern, string? argb)
    {
        writer.WriteStartElement("fill", Markup.Main);
        writer.WriteStartElement("patternFill", Markup.Main);
        writer.WriteAttributeString("patternType", pattern);
        if (argb is not null)
        {
            writer.WriteStartElement("fgColor", Markup.Main);
            writer.WriteAttributeString("rgb", argb);
            writer.WriteEndElement();
            writer.WriteStartElement("bgColor", Markup.Main);
            writer.WriteAttributeString("indexed", "64");
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    // A copy of the workbook's default font, bold and optionally larger, coloured or underlined.
    private static XElement Font(XElement basis, bool bold, double? size = null, string? argb = null, bool underline = false)
    {
        var children = basis.Elements().Select(e => new XElement(e)).ToList();
        if (bold && !children.Any(c => c.Name.LocalName == "b")) children.Add(new XElement(Main + "b"));
        if (underline && !children.Any(c => c.Name.LocalName == "u")) children.Add(new XElement(Main + "u"));
        if (size is not null)
        {
            children.RemoveAll(c => c.Name.LocalName == "sz");
            children.Add(new XElement(Main + "sz", new XAttribute("val", size.Value.ToString(CultureInfo.InvariantCulture))));
        }

        if (argb is not null)
        {
            children.RemoveAll(c => c.Name.LocalName == "color");
            children.Add(new XElement(Main + "color", new XAttribute("rgb", argb)));
        }

        // The schema fixes the order of a font's children.
        return new XElement(Main + "font", children.OrderBy(c => Array.IndexOf(FontChildOrder, c.Name.LocalName) is var i && i < 0 ? int.MaxValue : i));
    }

    private static XElement CalibriFont() => new(Main + "font",
        new XElement(Main + "sz", new XAttribute("val", "11")),
        new XElement(Main + "color", new XAttribute("theme", "1")),
        new XElement(Main + "name", new XAttribute("val", "Calibri")),
        new XElement(Main + "family", new XAttribute("val", "2")));
}
