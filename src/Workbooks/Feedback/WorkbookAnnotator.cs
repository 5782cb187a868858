using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Domain.Validation;
using Ukspf.Workbooks.Styles;
using Ukspf.Workbooks.Writing;

namespace Ukspf.Workbooks.Feedback;

/// <summary>Edits a copy of the council's workbook in place: shaded, noted cells and a Feedback sheet in front.</summary>
internal static class WorkbookAnnotator
{
    /// <summary>A guard against parts that would not fit in memory as a document (about 100 MB of XML).</summary>
    private const long MaxCharactersInPart = 100_000_000;

    /// <summary>Annotates the workbook held in <paramref name="workbook"/>; false when it cannot be opened as one.</summary>
    public static bool TryAnnotate(Stream workbook, IReadOnlyList<Finding> findings, FeedbackHeader header)
    {
        try
        {
            Annotate(workbook, findings, header);
            return true;
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException)
        {
            return false;
        }
    }

    private static void Annotate(Stream stream, IReadOnlyList<Finding> findings, FeedbackHeader header)
    {
        using var document = SpreadsheetDocument.Open(stream, true, new OpenSettings { AutoSave = false, MaxCharactersInPart = MaxCharactersInPart });

        // A macro-enabled or template package would be refused by Excel once saved as .xlsx.
        if (document.DocumentType != SpreadsheetDocumentType.Workbook) document.ChangeDocumentType(SpreadsheetDocumentType.Workbook);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook.");
        var workbook = workbookPart.Workbook;
        var stylesPart = workbookPart.WorkbookStylesPart;
        var stylesheet = stylesPart?.Stylesheet ?? new Stylesheet();
        stylesPart ??= workbookPart.AddNewPart<WorkbookStylesPart>();
        var styles = FeedbackStyles.AddTo(new StylesheetEditor(stylesheet));

        var sheets = Worksheets(workbookPart, workbook);
        var notes = NotesBySheet(findings, sheets);
        var shapeIds = VmlShapeIds.For(workbookPart);
        // Every sheet is saved, edited or not, so the whole copy is default-namespace markup whatever wrote the original.
        foreach (var part in sheets.Values.Distinct())
        {
            var worksheet = part.Worksheet;
            FirstSheet.Unselect(worksheet);
            if (notes.TryGetValue(part, out var sheetNotes))
            {
                var ordered = sheetNotes.ToList();
                CellHighlighter.Apply(worksheet, ordered, styles.Highlight);
                SheetNotes.Add(part, worksheet, ordered, shapeIds);
            }

            PartXml.Save(part, worksheet);
        }

        if (workbookPart.SharedStringTablePart is { } strings) PartXml.Save(strings, strings.SharedStringTable);

        var feedbackPart = workbookPart.AddNewPart<WorksheetPart>();
        using (var partStream = feedbackPart.GetStream(FileMode.Create, FileAccess.Write))
        {
            FeedbackSheet.Write(partStream, findings, header, styles, sheets.ContainsKey);
        }

        FirstSheet.Insert(workbook, FirstSheet.UniqueName(workbook, FeedbackSheet.Name), workbookPart.GetIdOfPart(feedbackPart));
        PartXml.Save(stylesPart, stylesheet);
        PartXml.Save(workbookPart, workbook);
    }

    private static Dictionary<string, WorksheetPart> Worksheets(WorkbookPart workbookPart, Workbook workbook)
    {
        var sheets = new Dictionary<string, WorksheetPart>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Name?.Value is not { } name || sheet.Id?.Value is not { } id) continue;
            if (workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart worksheetPart) sheets.TryAdd(name, worksheetPart);
        }

        return sheets;
    }

    private static Dictionary<WorksheetPart, SortedDictionary<CellAddress, CellNote>> NotesBySheet(
        IReadOnlyList<Finding> findings, Dictionary<string, WorksheetPart> sheets)
    {
        var notes = new Dictionary<WorksheetPart, SortedDictionary<CellAddress, CellNote>>();
        foreach (var finding in findings)
        {
            if (!sheets.TryGetValue(finding.Location.Sheet, out var part)) continue;
            foreach (var cell in LocationText.Cells(finding.Location.Cell))
            {
                if (!notes.TryGetValue(part, out var sheetNotes)) notes[part] = sheetNotes = [];
                if (!sheetNotes.TryGetValue(cell, out var note)) sheetNotes[cell] = note = new CellNote();
                note.Add(finding);
            }
        }

        return notes;
    }
}
