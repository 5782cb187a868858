using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ukspf.Workbooks.Tests.Feedback;

/// <summary>
/// A small council workbook made with the SDK DOM: a "Start" sheet, then a "Spend" sheet whose amounts carry a
/// two-decimal number format, with gaps in its rows and cells so feedback has to create cells in order.
/// </summary>
public sealed class CouncilWorkbookBuilder
{
    /// <summary>The Spend sheet's cells as written: reference and value (numbers as invariant text).</summary>
    public static IReadOnlyDictionary<string, string> SpendCells { get; } = new Dictionary<string, string>
    {
        ["A1"] = "Project", ["B1"] = "Capital", ["C1"] = "Revenue", ["E1"] = "Comment",
        ["A2"] = "P001", ["B2"] = "1200.5", ["C2"] = "300", ["E2"] = "On track",
        ["A4"] = "P002", ["B4"] = "twelve", ["C4"] = "45.25",
        ["A10"] = "Total", ["B10"] = "1200.5", ["C10"] = "345.25",
    };

    /// <summary>The style index of the amount cells (number format "#,##0.00", id 4).</summary>
    public const uint AmountStyle = 1;

    private readonly Dictionary<string, string> _existingNotes = [];
    private bool _withStylesheet = true;

    /// <summary>Leaves out the styles part, as some generated workbooks do.</summary>
    public CouncilWorkbookBuilder WithoutStylesheet()
    {
        _withStylesheet = false;
        return this;
    }

    /// <summary>Gives the Spend sheet a note of the council's own on a cell.</summary>
    public CouncilWorkbookBuilder WithCouncilNote(string cell, string text)
    {
        _existingNotes[cell] = text;
        return this;
    }

    /// <summary>The workbook's bytes.</summary>
    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var strings = workbookPart.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            if (_withStylesheet) workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

            var start = AddSheet(workbookPart, new SheetData(new Row(TextCell(strings, "A1", "UKSPF quarterly return")) { RowIndex = 1 }), selected: true);
            var spend = AddSheet(workbookPart, SpendData(strings, _withStylesheet ? AmountStyle : null), selected: false);
            if (_existingNotes.Count > 0) AddCouncilNotes(spend);

            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                new Sheets(
                    new Sheet { Name = "Start", SheetId = 1, Id = workbookPart.GetIdOfPart(start) },
                    new Sheet { Name = "Spend", SheetId = 2, Id = workbookPart.GetIdOfPart(spend) }),
                new DefinedNames(new DefinedName("Spend!$A$1:$E$10") { Name = "_xlnm.Print_Area", LocalSheetId = 1 }));
        }

        return stream.ToArray();
    }

    private static WorksheetPart AddSheet(WorkbookPart workbookPart, SheetData data, bool selected)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(
            new SheetDimension { Reference = "A1:E10" },
            new SheetViews(new SheetView { WorkbookViewId = 0, TabSelected = selected ? true : null }),
            data);
        return part;
    }

    private static SheetData SpendData(SharedStringTablePart strings, uint? amountStyle)
    {
        var data = new SheetData();
        foreach (var row in SpendCells.GroupBy(c => RowOf(c.Key)).OrderBy(g => g.Key))
        {
            data.Append(new Row(row.Select(c => double.TryParse(c.Value, System.Globalization.CultureInfo.InvariantCulture, out _)
                ? new Cell { CellReference = c.Key, CellValue = new CellValue(c.Value), StyleIndex = amountStyle }
                : TextCell(strings, c.Key, c.Value)))
            { RowIndex = (uint)row.Key });
        }

        return data;
    }

    private static int RowOf(string reference) => int.Parse(reference.AsSpan(reference.IndexOfAny("0123456789".ToCharArray())), System.Globalization.CultureInfo.InvariantCulture);

    private static Cell TextCell(SharedStringTablePart strings, string reference, string text)
    {
        strings.SharedStringTable.Append(new SharedStringItem(new Text(text)));
        var index = strings.SharedStringTable.ChildElements.Count - 1;
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) };
    }

    private void AddCouncilNotes(WorksheetPart sheet)
    {
        var comments = sheet.AddNewPart<WorksheetCommentsPart>();
        comments.Comments = new Comments(
            new Authors(new Author("Finance officer")),
            new CommentList(_existingNotes.Select(n =>
                new Comment(new CommentText(new Text(n.Value))) { Reference = n.Key, AuthorId = 0 })));
        var vml = sheet.AddNewPart<VmlDrawingPart>();
        using (var writer = new StreamWriter(vml.GetStream(FileMode.Create)))
        {
            writer.Write(CouncilVml(_existingNotes.Keys.ToList()));
        }

        sheet.Worksheet.Append(new LegacyDrawing { Id = sheet.GetIdOfPart(vml) });
    }

    private static string CouncilVml(IReadOnlyList<string> cells) =>
        "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">" +
        "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout>" +
        "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>" +
        string.Concat(cells.Select((c, i) =>
            $"<v:shape id=\"_x0000_s{1025 + i}\" type=\"#_x0000_t202\" style=\"position:absolute;visibility:hidden\"><x:ClientData ObjectType=\"Note\"><x:Row>{RowOf(c) - 1}</x:Row><x:Column>{c[0] - 'A'}</x:Column></x:ClientData></v:shape>")) +
        "</xml>";

    private static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 4, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 2 });
}
