using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;
using Ukspf.Workbooks.Reading;
using Ukspf.Workbooks.Template;

namespace Ukspf.Workbooks.Filling;

/// <summary>
/// Fills a generated template with a return, as a council officer would: one row per project, spend line and
/// indicator line, the single answers, totals left as formulas with their results cached. Then applies raw
/// <see cref="CellEdit"/>s, for tests and demonstrations of the mistakes real returns contain. The metadata sheet is
/// left as the template has it.
/// </summary>
public sealed partial class ReturnFiller
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
        using (var document = SpreadsheetDocument.Open(buffer, isEditable: true, new OpenSettings { AutoSave = false }))
        {
            var editor = new WorkbookEditor(document);
            WriteTable(editor, TemplateSchema.Projects, ReturnRows.Projects(ret));
            WriteTable(editor, TemplateSchema.Spend, ReturnRows.Spend(ret));
            WriteTable(editor, TemplateSchema.Outputs, ReturnRows.Indicators(ret.Outputs, IndicatorLabels(editor, TemplateSchema.Lists.OutputIndicators)));
            WriteTable(editor, TemplateSchema.Outcomes, ReturnRows.Indicators(ret.Outcomes, IndicatorLabels(editor, TemplateSchema.Lists.OutcomeIndicators)));
            foreach (var (key, value) in ReturnRows.Fields(ret))
            {
                var cell = editor.Range(key) ?? throw new InvalidOperationException($"The template has no cell named '{key}'.");
                editor.Write(cell.Sheet, cell.FirstColumn, cell.FirstRow, value);
            }
            foreach (var edit in edits ?? [])
            {
                if (!CellAddress.TryParse(edit.Cell, out var column, out var row)) throw new ArgumentException($"'{edit.Cell}' is not a cell such as C5.", nameof(edits));
                var value = edit.Text.Length == 0 ? FillValue.None : new FillValue(edit.Text, edit.AsNumber);
                editor.Write(edit.Sheet, column, row, value);
            }
            CacheTotals(editor);
            editor.Save();
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void WriteTable(WorkbookEditor editor, TemplateTable table, IEnumerable<Dictionary<string, FillValue>> rows)
    {
        var range = editor.Range(table.Name) ?? throw new InvalidOperationException($"The template has no table named '{table.Name}'.");
        var columns = HeaderColumns(editor, table, range);
        // Rows added beyond the template's take the style of its last input row.
        var styles = columns.ToDictionary(c => c.Key, c => editor.Find(range.Sheet, c.Value, range.LastRow)?.StyleIndex?.Value);
        var row = range.FirstRow;
        foreach (var values in rows)
        {
            row++;
            foreach (var (key, value) in values)
            {
                var column = columns.TryGetValue(key, out var c) ? c : throw new InvalidOperationException($"The template's {table.Name} has no '{table.Column(key).Header}' column.");
                editor.Write(range.Sheet, column, row, value, styles[key]);
            }
        }
        if (row > range.LastRow) Extend(editor, table, range, row);
    }

    // A return with more lines than the template has rows grows the table, as inserting rows in Excel would.
    private static void Extend(WorkbookEditor editor, TemplateTable table, SheetRange range, int lastRow)
    {
        editor.SetRange(table.Name, range with { LastRow = lastRow });
        foreach (var key in TemplateSchema.SpendTotalKeys)
        {
            if (editor.Range(key) is not { } total || editor.Find(total.Sheet, total.FirstColumn, total.FirstRow) is not { CellFormula: { } formula }) continue;
            if (!string.Equals(total.Sheet, range.Sheet, StringComparison.OrdinalIgnoreCase) || SumRange().Match(formula.Text) is not { Success: true } m) continue;
            if (int.Parse(m.Groups["last"].Value, CultureInfo.InvariantCulture) != range.LastRow) continue;
            formula.Text = string.Create(CultureInfo.InvariantCulture, $"SUM({m.Groups["col"].Value}{m.Groups["first"].Value}:{m.Groups["col2"].Value}{lastRow})");
        }
    }

    private static void CacheTotals(WorkbookEditor editor)
    {
        foreach (var key in TemplateSchema.SpendTotalKeys)
        {
            if (editor.Range(key) is not { } total || editor.Find(total.Sheet, total.FirstColumn, total.FirstRow) is not { CellFormula: { } formula } cell) continue;
            if (SumRange().Match(formula.Text) is not { Success: true } m || m.Groups["col"].Value != m.Groups["col2"].Value) continue;
            var column = CellAddress.ColumnNumber(m.Groups["col"].Value);
            var sum = 0m;
            for (var row = int.Parse(m.Groups["first"].Value, CultureInfo.InvariantCulture); row <= int.Parse(m.Groups["last"].Value, CultureInfo.InvariantCulture); row++)
            {
                // SUM skips text, as Excel does: "£1,200.50" typed as text is not counted.
                var found = editor.Find(total.Sheet, column, row);
                if (found is { DataType: null, CellValue: not null } && decimal.TryParse(found.CellValue.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                    sum += value;
            }
            WorkbookEditor.Cache(cell, FillValue.Number(sum).Content!);
        }
    }

    private static Dictionary<string, int> HeaderColumns(WorkbookEditor editor, TemplateTable table, SheetRange range)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var column = range.FirstColumn; column <= range.LastColumn; column++)
        {
            var header = editor.TextOf(editor.Find(range.Sheet, column, range.FirstRow));
            var match = table.Columns.FirstOrDefault(c => string.Equals(c.Header, header?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is not null) columns.TryAdd(match.Key, column);
        }
        return columns;
    }

    private static Func<string, string> IndicatorLabels(WorkbookEditor editor, string listName)
    {
        var labels = new List<string>();
        if (editor.Range(listName) is { } list)
        {
            for (var row = list.FirstRow; row <= list.LastRow; row++)
            {
                if (editor.TextOf(editor.Find(list.Sheet, list.FirstColumn, row)) is { Length: > 0 } text) labels.Add(text);
            }
        }
        return code => labels.FirstOrDefault(l => l.StartsWith(code + TemplateLists.IndicatorSeparator, StringComparison.OrdinalIgnoreCase)) ?? code;
    }

    [GeneratedRegex(@"^SUM\(\$?(?<col>[A-Z]+)\$?(?<first>\d+):\$?(?<col2>[A-Z]+)\$?(?<last>\d+)\)$")]
    private static partial Regex SumRange();
}
