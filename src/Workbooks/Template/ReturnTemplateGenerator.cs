using ClosedXML.Excel;
using Ukspf.Domain.Template;
using Ukspf.Workbooks.Building;

namespace Ukspf.Workbooks.Template;

/// <summary>
/// Writes the return template for one council and round, following <see cref="TemplateSchema"/>: a Start sheet of
/// instructions, an input table per sheet with drop-downs and formats, the Programme and Sign off answers, and hidden
/// Lists and Metadata sheets. Tables and answers carry defined names so the reader finds them wherever they move.
/// From a council's second round on, the tables start with what its last accepted return said, marked as carried
/// forward (<see cref="CarriedForward"/>).
/// </summary>
public sealed class ReturnTemplateGenerator
{
    private const string ProgrammeInstructions =
        "Answer each question in the yellow cell beside it. Choose RAG ratings from the drop-down lists.";

    private const string SignOffInstructions =
        "To be completed by your Section 151 officer or their delegate once the return is final.";

    /// <summary>Writes the template workbook (.xlsx) to <paramref name="output"/>.</summary>
    /// <param name="request">The council, round, allocations, catalogue and anything carried forward.</param>
    /// <param name="output">A writable stream, which need not seek; left open.</param>
    public void Generate(TemplateRequest request, Stream output)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        StartSheet.Build(workbook, request);
        var opening = request.Round.Id;
        Func<string, string> indicatorLabel = code =>
            request.Catalogue.FindIndicator(code, opening.Year) is { } indicator ? TemplateLists.Label(indicator) : code;
        foreach (var table in TemplateSchema.Tables)
        {
            TableSheet.Build(workbook, table, request.CarriedForward?.Rows(table, opening, indicatorLabel) ?? []);
        }

        FieldSheet.Build(workbook, TemplateSchema.Sheets.Programme, ProgrammeInstructions);
        FieldSheet.Build(workbook, TemplateSchema.Sheets.SignOff, SignOffInstructions);
        ListsSheet.Build(workbook, request);
        MetadataSheet.Build(workbook, request);
        foreach (var sheet in workbook.Worksheets) Protect(sheet);
        workbook.Worksheet(TemplateSchema.Sheets.Start).SetTabActive();
        // Excel recalculates the totals on opening, whatever results a file carries.
        workbook.FullCalculationOnLoad = true;
        workbook.Properties.Title = $"UKSPF return {opening}: {request.Council.Name}";
        workbook.Properties.Author = "UKSPF Returns";
        WorkbookFile.Save(workbook, output, DateTime.UtcNow);
    }

    // No password: protection keeps the layout intact, it is not a security boundary. Officers may still format,
    // insert and delete rows, sort and filter.
    private static void Protect(IXLWorksheet sheet)
    {
        var protection = sheet.Protect();
        foreach (var allowed in new[]
                 {
                     XLSheetProtectionElements.FormatCells, XLSheetProtectionElements.FormatColumns, XLSheetProtectionElements.FormatRows,
                     XLSheetProtectionElements.InsertRows, XLSheetProtectionElements.DeleteRows, XLSheetProtectionElements.Sort,
                     XLSheetProtectionElements.AutoFilter,
                 })
        {
            protection.AllowElement(allowed);
        }
    }
}
