using System.Globalization;
using Ukspf.Domain.Template;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Workbooks.Template;

/// <summary>A sheet holding one input table: title, instructions, a bold locked header row and empty unlocked input rows.</summary>
internal static class TableSheet
{
    /// <summary>Composes the sheet and records the table's defined name (and, on the Spend sheet, the totals' names).</summary>
    public static SheetDraft Build(TemplateTable table, SharedStringWriter strings, DefinedNames names)
    {
        var sheet = new SheetDraft(table.Sheet, strings);
        sheet.Text(1, TemplateLayout.TitleRow, table.Sheet, TemplateStyles.Title);
        sheet.Text(1, TemplateLayout.InstructionsRow, table.Instructions + " Type in the yellow cells; insert rows inside the table if you need more.");
        sheet.Height(TemplateLayout.HeaderRow, 32);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var number = i + 1;
            sheet.Width(number, column.Width);
            sheet.Text(number, TemplateLayout.HeaderRow, column.Header, TemplateStyles.Header);
            var style = TemplateStyles.InputFor(column.Type);
            for (var row = TemplateLayout.FirstInputRow; row <= TemplateLayout.LastInputRow; row++) sheet.Blank(number, row, style);
            var cells = $"{CellAddress.Of(number, TemplateLayout.FirstInputRow)}:{CellAddress.Of(number, TemplateLayout.LastInputRow)}";
            if (Validations.For(column.Type, column.ListName, column.Header, cells) is { } validation) sheet.Validate(validation);
        }
        sheet.FreezeRows(TemplateLayout.HeaderRow);
        names.Add(table.Name, CellAddress.SheetRange(table.Sheet, 1, TemplateLayout.HeaderRow, table.Columns.Count, TemplateLayout.LastInputRow));
        if (table.Sheet == TemplateSchema.Sheets.Spend) AddTotals(table, sheet, names);
        return sheet;
    }

    private static void AddTotals(TemplateTable table, SheetDraft sheet, DefinedNames names)
    {
        sheet.Text(1, TemplateLayout.TotalsRow, "Totals", TemplateStyles.Label);
        foreach (var key in TemplateSchema.SpendTotalKeys)
        {
            var number = TotalColumn(table, key);
            var letters = CellAddress.Letters(number);
            var formula = string.Create(CultureInfo.InvariantCulture, $"SUM({letters}{TemplateLayout.FirstInputRow}:{letters}{TemplateLayout.LastInputRow})");
            sheet.Formula(number, TemplateLayout.TotalsRow, formula, "0", TemplateStyles.TotalMoney);
            names.Add(key, CellAddress.SheetCell(table.Sheet, number, TemplateLayout.TotalsRow));
        }
    }

    /// <summary>The 1-based column a total sits over: "TotalCapitalActual" totals the "CapitalActual" column.</summary>
    public static int TotalColumn(TemplateTable table, string totalKey)
    {
        var key = totalKey.StartsWith("Total", StringComparison.Ordinal) ? totalKey[5..] : totalKey;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Key == key) return i + 1;
        }
        throw new InvalidOperationException($"The total '{totalKey}' has no column '{key}' in {table.Name}.");
    }
}
