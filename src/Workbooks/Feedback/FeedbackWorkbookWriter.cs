using System.Xml;
using Ukspf.Domain.Validation;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Writes the feedback workbook a council gets back for an upload: a "Feedback" sheet listing the result and every
/// finding (errors first, counted by rule, each with its sheet and a link to its cell), in front of a copy of their
/// own workbook whose offending cells are shaded red (error) or amber (warning) and carry a note with the message.
/// The copy is made entry by entry: what feedback does not change (pictures, charts, custom XML, sheets without
/// findings) is copied as it was compressed.
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

        using var original = new MemoryStream();
        originalXlsx.CopyTo(original);
        original.Position = 0;
        if (UploadVetting.Passes(original) && TryCopy(original, findings, header) is { } copy)
        {
            using (copy) copy.CopyTo(output);
            return true;
        }

        WriteStandalone(findings, header, output);
        return false;
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

        using var blank = BlankWorkbook.Create(header);
        using var feedback = PackageCopy.Write(blank, findings, header, ofCouncilWorkbook: false);
        feedback.CopyTo(output);
    }

    private static MemoryStream? TryCopy(MemoryStream original, IReadOnlyList<Finding> findings, FeedbackHeader header)
    {
        try
        {
            return PackageCopy.Write(original, findings, header, ofCouncilWorkbook: true);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return null;
        }
    }
}
