using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Workbooks.Writing;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Puts a note on each noted cell: a comment in the sheet's comments part and its hidden box in the sheet's VML
/// drawing (Excel shows neither without the other). Notes the council already has are kept; where one of theirs sits
/// on a noted cell, our message is added to it rather than flagging the cell twice.
/// </summary>
internal static class SheetNotes
{
    /// <summary>The author shown on each note.</summary>
    public const string Author = "UKSPF returns check";

    /// <summary>Adds the notes; false when the sheet's own drawing cannot be read, in which case nothing is added.</summary>
    public static bool Add(WorksheetPart part, Worksheet worksheet, IReadOnlyList<KeyValuePair<CellAddress, CellNote>> notes, VmlShapeIds ids)
    {
        if (notes.Count == 0) return true;
        var legacy = worksheet.GetFirstChild<LegacyDrawing>();
        var vmlPart = legacy?.Id?.Value is { } id && part.TryGetPartById(id, out var existing) ? existing as VmlDrawingPart : null;
        if (!TryOpenDrawing(vmlPart, ids, out var drawing, out var nextShape)) return false;
        NoteShapes.EnsureShapeType(drawing);

        var commentsPart = part.WorksheetCommentsPart;
        var comments = commentsPart?.Comments ?? new Comments();
        commentsPart ??= part.AddNewPart<WorksheetCommentsPart>();
        var authorId = AuthorId(comments.Authors ??= new Authors());
        var list = comments.CommentList ??= new CommentList();
        var byCell = list.Elements<Comment>()
            .Where(c => c.Reference?.Value is not null)
            .GroupBy(c => c.Reference!.Value!.ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.First());

        var zIndex = drawing.Root!.Elements().Count(e => e.Name.LocalName == "shape");
        foreach (var (cell, note) in notes)
        {
            var text = CellText.Clean(note.Text);
            if (byCell.TryGetValue(cell.ToString(), out var theirs))
            {
                var body = theirs.CommentText ??= new CommentText();
                body.Append(NoteRun("\n" + text, bold: false));
                continue;
            }

            list.Append(new Comment(new CommentText(NoteRun(Author + ":", bold: true), NoteRun("\n" + text, bold: false)))
            {
                Reference = cell.ToString(),
                AuthorId = authorId,
            });
            drawing.Root.Add(NoteShapes.Shape(nextShape++, cell, NoteShapes.LinesFor(text), ++zIndex));
        }

        PartXml.Save(commentsPart, comments);
        if (vmlPart is null)
        {
            vmlPart = part.AddNewPart<VmlDrawingPart>();
            worksheet.AddChild(new LegacyDrawing { Id = part.GetIdOfPart(vmlPart) });
        }

        using var stream = vmlPart.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = PartXml.Settings.Encoding, OmitXmlDeclaration = true });
        drawing.Save(xml);
        return true;
    }

    private static bool TryOpenDrawing(VmlDrawingPart? vmlPart, VmlShapeIds ids, out XDocument drawing, out int nextShape)
    {
        if (vmlPart is null)
        {
            var block = ids.NextBlock();
            drawing = NoteShapes.NewDrawing(block);
            nextShape = VmlShapeIds.FirstShapeId(block);
            return true;
        }

        string text;
        using (var reader = new StreamReader(vmlPart.GetStream(FileMode.Open, FileAccess.Read))) text = reader.ReadToEnd();
        try
        {
            drawing = XDocument.Parse(text);
        }
        catch (XmlException)
        {
            // Excel's own VML is not always well-formed XML; leave such a drawing alone.
            drawing = new XDocument();
            nextShape = 0;
            return false;
        }

        var max = VmlShapeIds.MaxShapeId(text);
        nextShape = max > 0 ? max + 1 : VmlShapeIds.FirstShapeId(ids.NextBlock());
        return drawing.Root is not null;
    }

    private static uint AuthorId(Authors authors)
    {
        var index = 0u;
        foreach (var author in authors.Elements<Author>())
        {
            if (author.Text == Author) return index;
            index++;
        }

        authors.Append(new Author(Author));
        return index;
    }

    private static Run NoteRun(string text, bool bold)
    {
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold());
        properties.Append(new FontSize { Val = 9 }, new Color { Indexed = 81 }, new RunFont { Val = "Tahoma" }, new RunPropertyCharSet { Val = 1 });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
