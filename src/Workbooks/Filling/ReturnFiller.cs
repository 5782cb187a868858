using ClosedXML.Excel;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;
using Ukspf.Workbooks.Building;
using Ukspf.Workbooks.Reading;
using Ukspf.Workbooks.Template;

namespace Ukspf.Workbooks.Filling;

/// <summary>
/// Fills a generated template with a return, as a council officer would: one row per project, spend line and
/// indicator line, the single answers, totals left as formulas with their results saved. Then applies raw
/// <see cref="CellEdit"/>s, for tests and demonstrations of the mistakes real returns contain. The metadata sheet is
/// left as the template has it. Only our own templates are opened here, never a council's file.
/// </summary>
public sealed class ReturnFiller
{

    /// <summary>Writes <paramref name="ret"/> into <paramref name="template"/> and the result to <paramref name="output"/>.</summary>
    /// <param name="template">A template from <see cref="ReturnTemplateGenerator"/>; read from its current position.</param>
    /// <param name="ret">The return to write.</param>
    /// <param name="output">Receives the filled workbook; left open.</param>
    /// <param name="edits">Raw cell changes applied after filling, in order; totals are worked out after them.</param>
    /// <exception cref="InvalidOperationException">The template lacks a table, column or field the return needs.</exception>
    public void Fill(Stream template, CouncilReturn ret, Stream output, IReadOnlyList<CellEdit>? edits = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(ret);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        template.CopyTo(buffer);
        buffer.Position = 0;
        using var workbook = new XLWorkbook(buffer);
        var stored = new StoredCells();
        WriteTable(workbook, stored, TemplateSchema.Projects, ReturnRows.Projects(ret).ToList());
        WriteTable(workbook, stored, TemplateSchema.Spend, ReturnRows.Spend(ret).ToList());
        WriteTable(workbook, stored, TemplateSchema.Outputs, ReturnRows.Indicators(ret.Outputs, IndicatorLabels(workbook, TemplateSchema.Lists.OutputIndicators)).ToList());
        WriteTable(workbook, stored, TemplateSchema.Outcomes, ReturnRows.Indicators(ret.Outcomes, IndicatorLabels(workbook, TemplateSchema.Lists.OutcomeIndicators)).ToList());
        foreach (var (key, value) in ReturnRows.Fields(ret))
        {
            var cell = Named(workbook, key) ?? throw new InvalidOperationException($"The template has no cell named '{key}'.");
            stored.Put(cell.FirstCell(), value);
        }

        foreach (var edit in edits ?? [])
        {
            if (!CellAddress.TryParse(edit.Cell, out var column, out var row)) throw new ArgumentException($"'{edit.Cell}' is not a cell such as C5.", nameof(edits));
            var cell = workbook.Worksheet(edit.Sheet).Cell(row, column);
            if (edit.AsNumber && edit.Text.Length > 0) stored.PutNumber(cell, edit.Text);
            else stored.Put(cell, FillValue.Text(edit.Text));
        }

        WorkbookFile.Save(workbook, output, DateTime.UtcNow, stored.BySheet);
    }

    private static void WriteTable(XLWorkbook workbook, StoredCells stored, TemplateTable table, IReadOnlyList<Dictionary<string, FillValue>> rows)
    {
        var range = Named(workbook, table.Name) ?? throw new InvalidOperationException($"The template has no table named '{table.Name}'.");
        var sheet = range.Worksheet;
        var header = range.FirstRow().RowNumber();
        var capacity = range.RowCount() - 1;
        // A return with more lines than the template has rows grows the table, as inserting rows in Excel would:
        // the table's name, the totals' ranges and the validations grow with it, and the new rows take the input style.
        if (rows.Count > capacity) range.LastRow().WorksheetRow().InsertRowsAbove(rows.Count - capacity);
        var columns = HeaderColumns(sheet, table, header, range.FirstColumn().ColumnNumber(), range.LastColumn().ColumnNumber());
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var (key, value) in rows[r])
            {
                var column = columns.TryGetValue(key, out var c) ? c : throw new InvalidOperationException($"The template's {table.Name} has no '{table.Column(key).Header}' column.");
                stored.Put(sheet.Cell(header + 1 + r, column), value);
            }
        }
    }

    private static Dictionary<string, int> HeaderColumns(IXLWorksheet sheet, TemplateTable table, int header, int first, int last)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var column = first; column <= last; column++)
        {
            var text = sheet.Cell(header, column).GetString().Trim();
            var match = table.Columns.FirstOrDefault(c => string.Equals(c.Header, text, StringComparison.OrdinalIgnoreCase));
            if (match is not null) columns.TryAdd(match.Key, column);
        }

        return columns;
    }

    private static Func<string, string> IndicatorLabels(XLWorkbook workbook, string listName)
    {
        var labels = Named(workbook, listName)?.Cells().Select(c => c.GetString()).Where(t => t.Length > 0).ToList() ?? [];
        return code => labels.FirstOrDefault(l => l.StartsWith(code + TemplateLists.IndicatorSeparator, StringComparison.OrdinalIgnoreCase)) ?? code;
    }

    private static IXLRange? Named(XLWorkbook workbook, string name) =>
        workbook.NamedRanges.TryGetValue(name, out var named) ? named.Ranges.FirstOrDefault() : null;
}
