using System.Globalization;
using System.Xml;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Writes a sheet's comments part with a note on each noted cell. Notes the council already has are kept; where one
/// of theirs sits on a noted cell, our message is added to it rather than flagging the cell twice.
/// </summary>
internal sealed class CommentsPass
{
    /// <summary>The author shown on each note.</summary>
    public const string Author = "UKSPF returns check";

    /// <summary>A comments part with no comments yet, to add to.</summary>
    public const string Empty = $"<comments xmlns=\"{Markup.Main}\"/>";

    private static readonly string[] Order = ["authors", "commentList", "extLst"];
    private readonly IReadOnlyList<KeyValuePair<CellPosition, CellNote>> _notes;
    private readonly Dictionary<string, string> _text;
    private readonly HashSet<CellPosition> _merged = [];
    private readonly HashSet<CellPosition> _theirs = [];
    private int _authorId = -1;

    private CommentsPass(IReadOnlyList<KeyValuePair<CellPosition, CellNote>> notes)
    {
        _notes = notes;
        _text = notes.ToDictionary(n => n.Key.ToString(), n => SafeText.Clean(n.Value.Text), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Copies the comments part adding the notes; returns the cells that already had a note of the council's, which need no new note box.</summary>
    public static IReadOnlySet<CellPosition> Run(XmlReader reader, XmlWriter writer, IReadOnlyList<KeyValuePair<CellPosition, CellNote>> notes)
    {
        var pass = new CommentsPass(notes);
        pass.Run(reader, writer);
        return pass._theirs;
    }

    private void Run(XmlReader reader, XmlWriter writer)
    {
        var order = new ChildOrder(Order);
        order.Add("authors", w =>
        {
            w.WriteStartElement("authors", Markup.Main);
            OurAuthor(w, 0);
            w.WriteEndElement();
        });
        order.Add("commentList", w =>
        {
            w.WriteStartElement("commentList", Markup.Main);
            NewComments(w);
            w.WriteEndElement();
        });

        order.CopyPart(reader, writer, (reader, writer) =>
        {
            switch (reader.LocalName)
            {
                case "authors": Authors(reader, writer); break;
                case "commentList": CommentList(reader, writer); break;
                default: XmlPass.CopyElement(reader, writer); break;
            }
        });
    }

    private void Authors(XmlReader reader, XmlWriter writer)
    {
        XmlPass.StartElement(reader, writer);
        var count = 0;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            reader.Read();
            while (!XmlPass.AtEnd(reader, depth))
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && reader.LocalName == "author")
                {
                    var name = reader.ReadElementContentAsString();
                    writer.WriteElementString("author", Markup.Main, name);
                    if (name == Author && _authorId < 0) _authorId = count;
                    count++;
                }
                else
                {
                    XmlPass.CopyNode(reader, writer);
                }
            }
        }

        reader.Read();
        if (_authorId < 0) OurAuthor(writer, count);
        writer.WriteEndElement();
    }

    private void OurAuthor(XmlWriter writer, int id)
    {
        writer.WriteElementString("author", Markup.Main, Author);
        _authorId = id;
    }

    private void CommentList(XmlReader reader, XmlWriter writer)
    {
        XmlPass.StartElement(reader, writer);
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            reader.Read();
            while (!XmlPass.AtEnd(reader, depth))
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && reader.LocalName == "comment" &&
                    CellPosition.TryParse(reader.GetAttribute("ref") ?? "", out var cell) && !_merged.Contains(cell) &&
                    _text.TryGetValue(cell.ToString(), out var text))
                {
                    _merged.Add(cell);
                    _theirs.Add(cell);
                    TheirComment(reader, writer, text);
                }
                else
                {
                    XmlPass.CopyNode(reader, writer);
                }
            }
        }

        reader.Read();
        NewComments(writer);
        writer.WriteEndElement();
    }

    // Copies a comment of the council's, adding our message as a last run of its text.
    private static void TheirComment(XmlReader reader, XmlWriter writer, string text)
    {
        if (reader.IsEmptyElement)
        {
            XmlPass.CopyNode(reader, writer);
            return;
        }

        var depth = reader.Depth;
        XmlPass.CopyNode(reader, writer);
        var inText = false;
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && reader.LocalName == "text" && reader.IsEmptyElement)
            {
                XmlPass.StartElement(reader, writer);
                Run(writer, "\n" + text, bold: false);
                writer.WriteEndElement();
                reader.Read();
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1 && reader.LocalName == "text") inText = true;
            // Runs come before phonetic runs and properties, which Excel writes only for East Asian text.
            var endOfRuns = inText && reader.Depth == depth + 2 && reader.NodeType == XmlNodeType.Element && reader.LocalName is "rPh" or "phoneticPr";
            var endOfText = inText && reader.Depth == depth + 1 && reader.NodeType == XmlNodeType.EndElement;
            if (endOfRuns || endOfText)
            {
                Run(writer, "\n" + text, bold: false);
                inText = false;
            }

            XmlPass.CopyNode(reader, writer);
        }

        XmlPass.CopyNode(reader, writer);
    }

    private void NewComments(XmlWriter writer)
    {
        foreach (var (cell, _) in _notes)
        {
            if (_merged.Contains(cell)) continue;
            _merged.Add(cell);
            writer.WriteStartElement("comment", Markup.Main);
            writer.WriteAttributeString("ref", cell.ToString());
            writer.WriteAttributeString("authorId", _authorId.ToString(CultureInfo.InvariantCulture));
            writer.WriteStartElement("text", Markup.Main);
            Run(writer, Author + ":", bold: true);
            Run(writer, "\n" + _text[cell.ToString()], bold: false);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
    }

    private static void Run(XmlWriter writer, string text, bool bold)
    {
        writer.WriteStartElement("r", Markup.Main);
        writer.WriteStartElement("rPr", Markup.Main);
        if (bold) Property(writer, "b", null);
        Property(writer, "sz", "9");
        writer.WriteStartElement("color", Markup.Main);
        writer.WriteAttributeString("indexed", "81");
        writer.WriteEndElement();
        Property(writer, "rFont", "Tahoma");
        Property(writer, "charset", "1");
        writer.WriteEndElement();
        writer.WriteStartElement("t", Markup.Main);
        if (SafeText.NeedsPreserve(text)) writer.WriteAttributeString("xml", "space", null, "preserve");
        writer.WriteString(text);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Property(XmlWriter writer, string name, string? value)
    {
        writer.WriteStartElement(name, Markup.Main);
        if (value is not null) writer.WriteAttributeString("val", value);
        writer.WriteEndElement();
    }
}
