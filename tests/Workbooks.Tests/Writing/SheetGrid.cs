using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ukspf.Workbooks.Tests.Writing;

/// <summary>Reads written workbooks back with the Open XML SDK DOM, the way a test wants to look at them.</summary>
public static class SheetGrid
{
    /// <summary>Sheet names in workbook order.</summary>
    public static IReadOnlyList<string> SheetNames(SpreadsheetDocument document) =>
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    /// <summary>The worksheet part of a named sheet.</summary>
    public static WorksheetPart Part(SpreadsheetDocument document, string sheet)
    {
        var workbookPart = document.WorkbookPart!;
        var id = workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return (WorksheetPart)workbookPart.GetPartById(id);
    }

    /// <summary>Every row of a sheet, in file order, each a list of its cells in file order.</summary>
    public static IReadOnlyList<IReadOnlyList<ReadCell>> Rows(SpreadsheetDocument document, string sheet)
    {
        var strings = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return Part(document, sheet).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(row => (IReadOnlyList<ReadCell>)row.Elements<Cell>().Select(c => Read(c, strings)).ToList())
            .ToList();
    }

    /// <summary>Every cell of a sheet by reference.</summary>
    public static IReadOnlyDictionary<string, ReadCell> Cells(SpreadsheetDocument document, string sheet) =>
        Rows(document, sheet).SelectMany(r => r).ToDictionary(c => c.Reference);

    /// <summary>The solid fill colour (ARGB) of a cell format, or null for none.</summary>
    public static string? FillColour(SpreadsheetDocument document, uint style)
    {
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)style);
        var fill = stylesheet.Fills!.Elements<Fill>().ElementAt((int)(format.FillId?.Value ?? 0));
        return fill.PatternFill?.PatternType?.Value == PatternValues.Solid ? fill.PatternFill.ForegroundColor?.Rgb?.Value : null;
    }

    /// <summary>The number format id of a cell format.</summary>
    public static uint NumberFormatId(SpreadsheetDocument document, uint style) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)style).NumberFormatId?.Value ?? 0;

    /// <summary>The format code of a cell's style (custom formats only; null for built-in ones).</summary>
    public static string? FormatCode(SpreadsheetDocument document, uint style)
    {
        var id = NumberFormatId(document, style);
        return document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats?
            .Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value;
    }

    private static ReadCell Read(Cell cell, IReadOnlyList<string> strings)
    {
        var type = cell.DataType?.Value;
        string? text;
        // ClosedXML marks a styled empty cell as a shared string with no value.
        if (type == CellValues.SharedString) text = cell.CellValue is null ? null : strings[int.Parse(cell.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture)];
        else if (type == CellValues.InlineString) text = cell.InlineString?.InnerText;
        else text = cell.CellValue?.Text;
        var isNumber = (type is null || type == CellValues.Number) && cell.CellValue is not null;
        return new ReadCell(cell.CellReference!.Value!, text, isNumber, cell.StyleIndex?.Value ?? 0);
    }
}
