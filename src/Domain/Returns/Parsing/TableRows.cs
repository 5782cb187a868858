using Ukspf.Domain.Template;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>The data rows of one input table, each offering its cells as <see cref="CellInput"/>s with their addresses.</summary>
internal static class TableRows
{
    /// <summary>Added to the finding of an unusable required value in a row that is then left out.</summary>
    public const string RowLeftOut = "This row is left out of the other checks until it is fixed.";

    /// <summary>
    /// The table's non-blank rows. A column whose header was not found is reported once here (R01): an error when
    /// the column is required, a warning otherwise, and its cells are not reported row by row.
    /// </summary>
    public static IReadOnlyList<RowInput> Read(TemplateTable template, RawTable table, ParseLog log)
    {
        var missing = template.Columns.Where(c => !table.ColumnLetters.ContainsKey(c.Key) || table.MissingColumns.Contains(c.Key)).ToList();
        foreach (var column in missing)
        {
            var message = $"The {template.Sheet} sheet has no '{column.Header}' column (its header may have been changed or deleted), so "
                + (column.Required ? "its rows cannot be read properly." : "that column could not be read.")
                + " Use the template as issued and do not rename or delete its headers.";
            if (column.Required) log.Error(new CellLocation(table.Sheet), column.Header, message, RuleIds.Template);
            else log.Warning(new CellLocation(table.Sheet), column.Header, message, RuleIds.Template);
        }

        var missingKeys = missing.Select(c => c.Key).ToHashSet();
        return table.Rows
            .Where(r => r.Cells.Values.Any(c => !c.IsBlank))
            .Select(r => new RowInput(template, new SourceRow(table.Sheet, r.Row, table.ColumnLetters), r, missingKeys))
            .ToList();
    }
}
