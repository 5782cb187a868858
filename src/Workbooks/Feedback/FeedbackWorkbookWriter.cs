using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Domain.Validation;
using Ukspf.Workbooks.Reading;
using Ukspf.Workbooks.Styles;
using Ukspf.Workbooks.Writing;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Writes the feedback workbook a council gets back for an upload: a "Feedback" sheet listing the result and every
/// finding (errors first, counted by rule, each with its sheet and cell), in front of a copy of their own workbook
/// whose offending cells are shaded red (error) or amber (warning) and carry a note with the message.
/// </summary>
public static class FeedbackWorkbookWriter
{
    /// <summary>
    /// Writes the council's workbook with the feedback added. When the original cannot be opened as a workbook
    /// (corrupt, not a workbook at all), or fails a check the reader makes of an upload's package (a part whose size
    /// lies, an entry named outside the package, macros), writes the standalone feedback workbook instead: only a
    /// package the guard has vetted, every part of it, is copied back.
    /// </summary>
    /// <param name="originalXlsx">The council's upload, read whole into memory from its current position (callers enforce the upload size limit first).</param>
    /// <param name="findings">Every finding on the upload, in any order.</param>
    /// <param name="header">The result and what to say about the upload.</param>
    /// <param name="output">Receives the .xlsx.</param>
    /// <returns>True when the feedback was added to a copy of the council's workbook; false when the standalone workbook was written.</returns>
    public static bool Write(Stream originalXlsx, IReadOnlyList<Finding> findings, FeedbackHeader header, Stream output)
    {
        ArgumentNullException.ThrowIfNull(originalXlsx);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(output);

        using var copy = new MemoryStream();
        originalXlsx.CopyTo(copy);
        copy.Position = 0;
        if (!UploadVetting.Passes(copy) || !WorkbookAnnotator.TryAnnotate(copy, findings, header))
        {
            WriteStandalone(findings, header, output);
            return false;
        }

        ExcelPackageLayout.Apply(copy);
        copy.Position = 0;
        copy.CopyTo(output);
        return true;
    }

    /// <summary>Writes a workbook holding only the Feedback sheet, for uploads that could not be opened.</summary>
    /// <param name="findings">Every finding on the upload, in any order.</param>
    /// <param name="header">The result and what to say about the upload.</param>
    /// <param name="output">Receives the .xlsx.</param>
    public static void WriteStandalone(IReadOnlyList<Finding> findings, FeedbackHeader header, Stream output)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(output);

        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook, autoSave: false))
        {
            CoreProperties.Write(
                document,
                $"Feedback on the UKSPF return of {header.CouncilName}, {header.Round}",
                $"{header.Status}: {header.FileName}",
                SheetNotes.Author,
                header.ReceivedAt.UtcDateTime);
            var workbookPart = document.AddWorkbookPart();
            var editor = StylesheetEditor.CreateDefault();
            var styles = FeedbackStyles.AddTo(editor);
            PartXml.Save(workbookPart.AddNewPart<WorkbookStylesPart>(), editor.Stylesheet);

            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            using (var stream = sheetPart.GetStream(FileMode.Create, FileAccess.Write))
            {
                FeedbackSheet.Write(stream, findings, header, styles, linkable: null);
            }

            var workbook = new Workbook(
                new BookViews(new WorkbookView()),
                new Sheets(new Sheet { Name = FeedbackSheet.Name, SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }));
            workbook.AddNamespaceDeclaration("r", PartXml.Relationships);
            PartXml.Save(workbookPart, workbook);
        }

        ExcelPackageLayout.Apply(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
