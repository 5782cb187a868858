using System.Xml;
using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// Reads an uploaded return into <see cref="WorkbookContent"/>: cell-addressed, untyped values of the template's
/// tables (found by defined name, columns matched by header text), single fields and metadata. Streams every part
/// forward-only; refuses bad input with a <see cref="WorkbookRejectedException"/> that says what is wrong.
/// </summary>
public sealed class ReturnReader
{
    private readonly ReaderLimits _limits;

    /// <summary>A reader with the given limits, or <see cref="ReaderLimits.Default"/>.</summary>
    public ReturnReader(ReaderLimits? limits = null) => _limits = limits ?? ReaderLimits.Default;

    /// <summary>Reads a return workbook.</summary>
    /// <param name="xlsx">The file's content; read from its start, left open.</param>
    /// <exception cref="WorkbookRejectedException">The file is not a readable UKSPF return.</exception>
    public WorkbookContent Read(Stream xlsx) => Read(xlsx, fileName: null);

    /// <summary>Reads a return workbook, also judging it by its file name (a .xlsm is refused).</summary>
    /// <param name="xlsx">The file's content; read from its start, left open.</param>
    /// <param name="fileName">The uploaded file's name, if known.</param>
    /// <exception cref="WorkbookRejectedException">The file is not a readable UKSPF return.</exception>
    public WorkbookContent Read(Stream xlsx, string? fileName)
    {
        using var package = UploadPackage.Open(fileName, xlsx, _limits);
        try
        {
            return ReadPackage(package);
        }
        catch (XmlException e)
        {
            throw Rejections.Corrupt(e);
        }
        catch (InvalidDataException e)
        {
            throw Rejections.Corrupt(e);
        }
    }

    private static WorkbookContent ReadPackage(UploadPackage package)
    {
        var names = new NameTable();
        var index = WorkbookIndex.Read(package, names);
        if (!index.Sheets.Any(s => s.PartPath is not null)) throw Rejections.NoWorksheets();

        var plan = ReadPlan.For(index);
        var metadataSheet = index.Worksheet(TemplateSchema.Sheets.Metadata);
        if (!plan.HasTemplateNames && metadataSheet is null) throw Rejections.NotUkspfReturn();
        if (metadataSheet is not null) plan.AddMetadata(metadataSheet);

        var scanner = new WorksheetScanner(SharedStrings.Read(package, index.SharedStringsPath));
        foreach (var (sheet, targets) in plan.Sheets())
        {
            scanner.Scan(package.OpenPart(sheet.PartPath!) ?? throw Rejections.Corrupt(), targets);
        }

        // Another fund's template may well have a sheet called Metadata; only ours says UKSPF in it.
        if (!plan.HasTemplateNames
            && !(plan.Metadata().TryGetValue(TemplateSchema.MetadataKeys.Fund, out var fund) && fund == TemplateSchema.Fund))
            throw Rejections.NotUkspfReturn();
        // Parts the reader did not need, and the tails of sheets it stopped reading early, are checked too.
        package.CheckEveryPart();
        return plan.ToContent();
    }
}
