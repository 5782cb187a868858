using System.Globalization;
using ClosedXML.Excel;
using Ukspf.Domain.Template;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Workbooks.Template;

/// <summary>
/// A sheet holding one input table: title, instructions, a bold locked header row and unlocked input rows, the
/// first of them holding what was carried forward.
/// </summary>
internal static class TableSheet
{
    /// <summary>Adds the sheet and defines the table's name (and, on the Spend sheet, the totals' names).</summary>
    public static void Build(XLWorkbook workbook, TemplateTable table, IReadOnlyList<Dictionary<string, FillValue>> carried)
    {
        var sheet = workbook.Worksheets.Add(table.Sheet);
        TemplateStyles.Title(sheet.Cell(TemplateLayout.TitleRow, 1).SetValue(table.Sheet).Style);
        sheet.Cell(TemplateLayout.InstructionsRow, 1).SetValue(table.Instructions + " Type in the yellow cells; insert rows inside the table if you need more.");
        sheet.Row(TemplateLayout.HeaderRow).Height = 32;
        var lastRow = TemplateLayout.LastInputRowWith(carried.Count);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var number = i + 1;
            columns[column.Key] = number;
            sheet.Column(number).Width = column.Width;
            TemplateStyles.Header(sheet.Cell(TemplateLayout.HeaderRow, number).SetValue(column.Header).Style);
            var inputs = sheet.Range(TemplateLayout.FirstInputRow, number, lastRow, number);
            TemplateStyles.Input(inputs.Style, column.Type);
            Validations.Add(inputs, column.Type, column.ListName, column.Header);
        }

        for (var r = 0; r < carried.Count; r++)
        {
            foreach (var (key, value) in carried[r])
            {
                if (value.IsNone) continue;
                var cell = sheet.Cell(TemplateLayout.FirstInputRow + r, columns[key]);
                value.WriteTo(cell);
                TemplateStyles.CarriedForward(cell.Style);
            }
        }

        sheet.SheetView.FreezeRows(TemplateLayout.HeaderRow);
        workbook.NamedRanges.Add(table.Name, CellAddress.SheetRange(table.Sheet, 1, TemplateLayout.HeaderRow, table.Columns.Count, lastRow));
        if (table.Sheet == TemplateSchema.Sheets.Spend) AddTotals(workbook, sheet, table, lastRow);
    }

    private static void AddTotals(XLWorkbook workbook, IXLWorksheet sheet, TemplateTable table, int lastRow)
    {
        TemplateStyles.Label(sheet.Cell(TemplateLayout.TotalsRow, 1).SetValue("Totals").Style);
        foreach (var key in TemplateSchema.SpendTotalKeys)
        {
            var number = TotalColumn(table, key);
            var letters = CellAddress.Letters(number);
            var total = sheet.Cell(TemplateLayout.TotalsRow, number);
            total.FormulaA1 = string.Create(CultureInfo.InvariantCulture, $"SUM({letters}{TemplateLayout.FirstInputRow}:{letters}{lastRow})");
            TemplateStyles.Total(total.Style);
            workbook.NamedRanges.Add(key, CellAddress.SheetCell(table.Sheet, number, TemplateLayout.TotalsRow));
        }
    }

    /// <summary>The 1-based column a total sits over: "TotalCapitalActual" totals the "CapitalActual" column.</summary>
    private static int TotalColumn(TemplateTable table, string totalKey)
    {
        var key = totalKey.StartsWith("Total", StringComparison.Ordinal) ? totalKey[5..] : totalKey;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Key == key) return i + 1;
        }

        throw new InvalidOperationException($"The total '{totalKey}' has no column '{key}' in {table.Name}.");
    }
}
