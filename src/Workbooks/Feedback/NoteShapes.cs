using System.Globalization;
using System.Xml.Linq;
using Ukspf.Workbooks.Writing;

namespace Ukspf.Workbooks.Feedback;

/// <summary>The legacy VML drawing Excel needs to show notes: one hidden text box per noted cell.</summary>
internal static class NoteShapes
{
    private static readonly XNamespace V = "urn:schemas-microsoft-com:vml";
    private static readonly XNamespace O = "urn:schemas-microsoft-com:office:office";
    private static readonly XNamespace X = "urn:schemas-microsoft-com:office:excel";
    private const string NoteShapeType = "_x0000_t202";

    /// <summary>An empty drawing claiming <paramref name="block"/> of shape ids.</summary>
    public static XDocument NewDrawing(int block) => new(new XElement("xml",
        new XAttribute(XNamespace.Xmlns + "v", V.NamespaceName),
        new XAttribute(XNamespace.Xmlns + "o", O.NamespaceName),
        new XAttribute(XNamespace.Xmlns + "x", X.NamespaceName),
        new XElement(O + "shapelayout", new XAttribute(V + "ext", "edit"),
            new XElement(O + "idmap", new XAttribute(V + "ext", "edit"), new XAttribute("data", block)))));

    /// <summary>Adds the note shape type if the drawing lacks it (a drawing of form controls, say).</summary>
    public static void EnsureShapeType(XDocument drawing)
    {
        var root = drawing.Root!;
        if (root.Elements(V + "shapetype").Any(e => (string?)e.Attribute("id") == NoteShapeType)) return;
        var shapeType = new XElement(V + "shapetype",
            new XAttribute("id", NoteShapeType),
            new XAttribute("coordsize", "21600,21600"),
            new XAttribute(O + "spt", "202"),
            new XAttribute("path", "m,l,21600r21600,l21600,xe"),
            new XElement(V + "stroke", new XAttribute("joinstyle", "miter")),
            new XElement(V + "path", new XAttribute("gradientshapeok", "t"), new XAttribute(O + "connecttype", "rect")));
        var layout = root.Element(O + "shapelayout");
        if (layout is null) root.AddFirst(shapeType);
        else layout.AddAfterSelf(shapeType);
    }

    /// <summary>A hidden note box for <paramref name="cell"/>, sized to about <paramref name="lines"/> lines of text.</summary>
    public static XElement Shape(int shapeId, CellAddress cell, int lines, int zIndex)
    {
        // Anchor: left column, offset, top row, offset, right column, offset, bottom row, offset; all 0-based.
        var column = cell.Column - 1;
        var top = Math.Max(0, cell.Row - 2);
        var height = Math.Clamp(lines, 3, 30);
        var anchor = string.Join(", ", column + 1, 15, top, 2, column + 5, 15, top + height, 16);
        return new XElement(V + "shape",
            new XAttribute("id", "_x0000_s" + shapeId.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("type", "#" + NoteShapeType),
            new XAttribute("style", $"position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:{(height * 15).ToString(CultureInfo.InvariantCulture)}pt;z-index:{zIndex.ToString(CultureInfo.InvariantCulture)};visibility:hidden"),
            new XAttribute("fillcolor", "#ffffe1"),
            new XAttribute(O + "insetmode", "auto"),
            new XElement(V + "fill", new XAttribute("color2", "#ffffe1")),
            new XElement(V + "shadow", new XAttribute("on", "t"), new XAttribute("color", "black"), new XAttribute("obscured", "t")),
            new XElement(V + "path", new XAttribute(O + "connecttype", "none")),
            new XElement(V + "textbox", new XAttribute("style", "mso-direction-alt:auto"),
                new XElement("div", new XAttribute("style", "text-align:left"), string.Empty)),
            new XElement(X + "ClientData", new XAttribute("ObjectType", "Note"),
                new XElement(X + "MoveWithCells"),
                new XElement(X + "SizeWithCells"),
                new XElement(X + "Anchor", anchor),
                new XElement(X + "AutoFill", "False"),
                new XElement(X + "Row", cell.Row - 1),
                new XElement(X + "Column", column)));
    }

    /// <summary>Roughly how many 40-character lines the note's text takes.</summary>
    public static int LinesFor(string text) =>
        text.Split('\n').Sum(line => 1 + line.Length / 40) + 1;
}
