using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Domain.Template;

namespace Ukspf.Workbooks.Template;

/// <summary>
/// Writes the return template for one council and round, following <see cref="TemplateSchema"/>: a Start sheet of
/// instructions, an input table per sheet with drop-downs and formats, the Programme and Sign off answers, and hidden
/// Lists and Metadata sheets. Tables and answers carry defined names so the reader finds them wherever they move.
/// </summary>
public sealed class ReturnTemplateGenerator
{
    private const string ProgrammeInstructions =
        "Answer each question in the yellow cell beside it. Choose RAG ratings from the drop-down lists.";

    private const string SignOffInstructions =
        "To be completed by your Section 151 officer or their delegate once the return is final.";

    /// <summary>Writes the template workbook (.xlsx) to <paramref name="output"/>.</summary>
    /// <param name="request">The council, round, allocations and catalogue.</param>
    /// <param name="output">A writable stream; left open.</param>
    public void Generate(TemplateRequest request, Stream output)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        if (output.CanSeek)
        {
            Write(request, output);
            return;
        }
        // The package writer needs to seek; compose in memory when the caller's stream cannot.
        using var buffer = new MemoryStream();
        Write(request, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Write(TemplateRequest request, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        PartWriter.Save(workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles"), TemplateStyles.Build());
        var strings = SharedStringWriter.For(workbookPart);
        var names = new DefinedNames();

        (SheetDraft Draft, SheetStateValues? State)[] sheets =
        [
            (StartSheet.Build(request, strings, names), null),
            (TableSheet.Build(TemplateSchema.Projects, strings, names), null),
            (TableSheet.Build(TemplateSchema.Spend, strings, names), null),
            (TableSheet.Build(TemplateSchema.Outputs, strings, names), null),
            (TableSheet.Build(TemplateSchema.Outcomes, strings, names), null),
            (FieldSheet.Build(TemplateSchema.Sheets.Programme, ProgrammeInstructions, strings, names), null),
            (FieldSheet.Build(TemplateSchema.Sheets.SignOff, SignOffInstructions, strings, names), null),
            (ListsSheet.Build(request, strings, names), SheetStateValues.Hidden),
            (MetadataSheet.Build(request, strings), SheetStateValues.VeryHidden),
        ];

        var sheetList = new Sheets();
        uint sheetId = 1;
        foreach (var (draft, state) in sheets)
        {
            var relationshipId = $"rId{sheetId}";
            draft.WriteTo(workbookPart, relationshipId);
            var sheet = new Sheet { Name = draft.Name, SheetId = sheetId++, Id = relationshipId };
            if (state is not null) sheet.State = state;
            sheetList.AppendChild(sheet);
        }
        strings.Save(workbookPart);

        var workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0, FirstSheet = 0 }),
            sheetList,
            names.ToElement(),
            // Excel recalculates the totals on opening, whatever cached values a file carries.
            new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        workbook.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        PartWriter.Save(workbookPart, workbook);
    }
}
