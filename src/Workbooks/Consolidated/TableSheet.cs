using ClosedXML.Excel;
using Ukspf.Domain.Returns;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>
/// A sheet with a bold, frozen, filtered header row and one row per item, set to print landscape, one page wide,
/// with the header row on every page.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class TableSheet<T>(string name, IReadOnlyList<TableColumn<T>> columns, IReadOnlyList<T> rows) : IPublishedSheet
{
    // Excel's limit on the characters in one cell.
    private const int MaxCellLength = 32_767;

    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public void AddTo(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheets.Add(name);
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var number = c + 1;
            sheet.Column(number).Width = column.Width;
            var header = sheet.Cell(1, number);
            header.SetValue(column.Header);
            header.Style.Font.Bold = true;
            CellLook.Header.ApplyTo(header.Style);
            if (rows.Count > 0 && !column.Look.IsPlain) column.Look.ApplyTo(sheet.Range(2, number, rows.Count + 1, number).Style);
            for (var r = 0; r < rows.Count; r++)
            {
                var cell = sheet.Cell(r + 2, number);
                Put(cell, column.Value(rows[r]));
                if (column.RowLook?.Invoke(rows[r]) is { IsPlain: false } look) look.ApplyTo(cell.Style);
            }
        }

        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, rows.Count + 1, columns.Count).SetAutoFilter();
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
    }

    private static void Put(IXLCell cell, object? value)
    {
        switch (value)
        {
            case string text:
                cell.SetValue(XmlCharacters.CleanAndShorten(text, MaxCellLength));
                break;
            case decimal number:
                cell.SetValue(number);
                break;
            case int number:
                cell.SetValue(number);
                break;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                break;
            case DateTimeOffset moment:
                cell.SetValue(moment.UtcDateTime);
                break;
            case null:
                break;
            default:
                throw new ArgumentException($"A published cell cannot hold a {value.GetType().Name}.", nameof(value));
        }
    }
}
