using System.Globalization;
using System.Xml;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Writes the legacy VML drawing Excel needs to show notes: one hidden text box per new note, after whatever shapes
/// the drawing already has (Excel shows neither a note nor its box without the other).
/// </summary>
internal static class VmlPass
{
    private const string NoteShapeType = "_x0000_t202";

    /// <summary>An empty drawing claiming <paramref name="block"/> of shape ids.</summary>
    public static string NewDrawing(int block) =>
        $"<xml xmlns:v=\"{Markup.Vml}\" xmlns:o=\"{Markup.Office}\" xmlns:x=\"{Markup.ExcelVml}\">" +
        $"<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"{block.ToString(CultureInfo.InvariantCulture)}\"/></o:shapelayout></xml>";

    /// <summary>Whether a drawing's text is XML this pass can copy: Excel's own VML is not always well-formed.</summary>
    public static bool IsReadable(string vml)
    {
        try
        {
            using var reader = XmlPass.Reader(vml);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>Copies the drawing, adding the note shape type when it lacks one and a box for each of <paramref name="cells"/>.</summary>
    /// <param name="reader">The drawing.</param>
    /// <param name="writer">Its new content.</param>
    /// <param name="cells">The new notes: each cell and how many lines its text takes.</param>
    /// <param name="firstShapeId">The id of the first new box.</param>
    public static void Run(XmlReader reader, XmlWriter writer, IReadOnlyList<(CellPosition Cell, int Lines)> cells, int firstShapeId)
    {
        var hasShapeType = false;
        var shapes = 0;
        reader.MoveToContent();
        XmlPass.StartElement(reader, writer);
        if (!reader.IsEmptyElement)
        {
            reader.Read();
            while (!XmlPass.AtEnd(reader, 0))
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && reader.NamespaceURI == Markup.Vml)
                {
                    if (reader.LocalName == "shapetype" && reader.GetAttribute("id") == NoteShapeType) hasShapeType = true;
                    if (reader.LocalName == "shape") shapes++;
                }

                // The shape type goes where Excel puts it, after the shape layout and before any shape.
                if (!hasShapeType && reader.NodeType == XmlNodeType.Element && reader.Depth == 1 &&
                    !(reader.LocalName == "shapelayout" && reader.NamespaceURI == Markup.Office) &&
                    !(reader.LocalName == "shapetype" && reader.NamespaceURI == Markup.Vml))
                {
                    ShapeType(writer);
                    hasShapeType = true;
                }

                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1) XmlPass.CopyElement(reader, writer);
                else XmlPass.CopyNode(reader, writer);
            }
        }

        if (!hasShapeType) ShapeType(writer);
        var id = firstShapeId;
        foreach (var (cell, lines) in cells) Shape(writer, id++, cell, lines, ++shapes);
        writer.WriteEndElement();
    }

    /// <summary>Roughly how many 40-character lines the note's text takes.</summary>
    public static int LinesFor(string text) =>
        text.Split('\n').Sum(line => 1 + line.Length / 40) + 1;

    private static void ShapeType(XmlWriter writer)
    {
        writer.WriteStartElement("v", "shapetype", Markup.Vml);
        writer.WriteAttributeString("id", NoteShapeType);
        writer.WriteAttributeString("coordsize", "21600,21600");
        writer.WriteAttributeString("o", "spt", Markup.Office, "202");
        writer.WriteAttributeString("path", "m,l,21600r21600,l21600,xe");
        writer.WriteStartElement("v", "stroke", Markup.Vml);
        writer.WriteAttributeString("joinstyle", "miter");
        writer.WriteEndElement();
        writer.WriteStartElement("v", "path", Markup.Vml);
        writer.WriteAttributeString("gradientshapeok", "t");
        writer.WriteAttributeString("o", "connecttype", Markup.Office, "rect");
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    // A hidden note box for the cell, sized to about `lines` lines of text.
    private static void Shape(XmlWriter writer, int shapeId, CellPosition cell, int lines, int zIndex)
    {
        // Anchor: left column, offset, top row, offset, right column, offset, bottom row, offset; all 0-based.
        var column = cell.Column - 1;
        var top = Math.Max(0, cell.Row - 2);
        var height = Math.Clamp(lines, 3, 30);
        var anchor = string.Join(", ", column + 1, 15, top, 2, column + 5, 15, top + height, 16);
        writer.WriteStartElement("v", "shape", Markup.Vml);
        writer.WriteAttributeString("id", "_x0000_s" + shapeId.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("type", "#" + NoteShapeType);
        writer.WriteAttributeString("style", $"position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:{(height * 15).ToString(CultureInfo.InvariantCulture)}pt;z-index:{zIndex.ToString(CultureInfo.InvariantCulture)};visibility:hidden");
        writer.WriteAttributeString("fillcolor", "#ffffe1");
        writer.WriteAttributeString("o", "insetmode", Markup.Office, "auto");
        Element(writer, Markup.Vml, "fill", ("color2", "#ffffe1"));
        Element(writer, Markup.Vml, "shadow", ("on", "t"), ("color", "black"), ("obscured", "t"));
        writer.WriteStartElement("v", "path", Markup.Vml);
        writer.WriteAttributeString("o", "connecttype", Markup.Office, "none");
        writer.WriteEndElement();
        writer.WriteStartElement("v", "textbox", Markup.Vml);
        writer.WriteAttributeString("style", "mso-direction-alt:auto");
        writer.WriteStartElement("div", "");
        writer.WriteAttributeString("style", "text-align:left");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("x", "ClientData", Markup.ExcelVml);
        writer.WriteAttributeString("ObjectType", "Note");
        Element(writer, Markup.ExcelVml, "MoveWithCells");
        Element(writer, Markup.ExcelVml, "SizeWithCells");
        writer.WriteElementString("x", "Anchor", Markup.ExcelVml, anchor);
        writer.WriteElementString("x", "AutoFill", Markup.ExcelVml, "False");
        writer.WriteElementString("x", "Row", Markup.ExcelVml, (cell.Row - 1).ToString(CultureInfo.InvariantCulture));
        writer.WriteElementString("x", "Column", Markup.ExcelVml, column.ToString(CultureInfo.InvariantCulture));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Element(XmlWriter writer, string ns, string name, params (string Name, string Value)[] attributes)
    {
        writer.WriteStartElement(ns == Markup.Vml ? "v" : "x", name, ns);
        foreach (var (attribute, value) in attributes) writer.WriteAttributeString(attribute, value);
        writer.WriteEndElement();
    }
}
