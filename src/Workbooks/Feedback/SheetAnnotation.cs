using System.IO.Compression;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Everything one noted sheet needs, each part written by one forward pass: the sheet (shaded cells, its legacy
/// drawing), its comments part, its VML drawing and its relationships. A drawing of the council's that is not
/// readable XML is left alone, and the sheet then gets its shading but no notes.
/// </summary>
internal sealed class SheetAnnotation(PackageCopy copy, string sheetPath)
{
    /// <summary>Writes the sheet and its notes.</summary>
    public void Apply(IReadOnlyList<KeyValuePair<CellPosition, CellNote>> notes, FeedbackStyles styles)
    {
        var relationships = PartRelationship.Of(copy.Source, sheetPath);
        var taken = relationships.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var newDrawingId = PartRelationship.FreeId(taken);
        taken.Add(newDrawingId);
        var drawingId = copy.Rewrite(sheetPath, (r, w) => WorksheetPass.Run(r, w, notes, styles.Highlight, newDrawingId));
        var newDrawing = drawingId == newDrawingId;

        string? drawingText = null;
        PartRelationship? drawing = null;
        if (!newDrawing)
        {
            drawing = relationships.FirstOrDefault(r => r.Id == drawingId && !r.External && copy.Index.Has(r.TargetPath));
            drawingText = drawing is null ? null : copy.ReadText(drawing.TargetPath);
            if (drawingText is null || !VmlPass.IsReadable(drawingText)) return;
        }

        var added = new List<PartRelationship>();
        var comments = relationships.FirstOrDefault(r => r.Type == Markup.CommentsType && !r.External && copy.Index.Has(r.TargetPath));
        IReadOnlySet<CellPosition> theirs;
        if (comments is not null)
        {
            theirs = copy.Rewrite(comments.TargetPath, (r, w) => CommentsPass.Run(r, w, notes));
        }
        else
        {
            var path = copy.Index.NewPath(copy.Folder + "comments", ".xml");
            theirs = copy.Create(path, Markup.CommentsContent, CommentsPass.Empty, (r, w) => CommentsPass.Run(r, w, notes));
            added.Add(new PartRelationship(PartRelationship.FreeId(taken), Markup.CommentsType, path, External: false));
        }

        var boxes = notes.Where(n => !theirs.Contains(n.Key))
            .Select(n => (n.Key, VmlPass.LinesFor(SafeText.Clean(n.Value.Text))))
            .ToList();
        if (newDrawing)
        {
            var block = copy.ShapeIds.NextBlock();
            var path = copy.Index.NewPath(copy.Folder + "drawings/vmlDrawing", ".vml");
            copy.Create(path, contentType: null, VmlPass.NewDrawing(block), (r, w) =>
            {
                VmlPass.Run(r, w, boxes, VmlShapeIds.FirstShapeId(block));
                return true;
            }, declaration: false);
            copy.NeedsVmlDefault = true;
            added.Add(new PartRelationship(newDrawingId, Markup.VmlDrawingType, path, External: false));
        }
        else
        {
            var max = VmlShapeIds.MaxShapeId(drawingText!);
            var first = max > 0 ? max + 1 : VmlShapeIds.FirstShapeId(copy.ShapeIds.NextBlock());
            copy.Rewrite(drawing!.TargetPath, (r, w) =>
            {
                VmlPass.Run(r, w, boxes, first);
                return true;
            }, declaration: false);
        }

        if (added.Count > 0) copy.AddRelationships(sheetPath, added);
    }
}
