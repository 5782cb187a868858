using Ukspf.Domain.Template;
using Ukspf.Domain.Validation;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>
/// One input table opened for reading: its missing columns reported once, its columns resolved once (readers fetch
/// each <see cref="CellSpec"/> before their row loop, not per cell), and each non-blank row offered as a
/// <see cref="RowInput"/>.
/// </summary>
internal sealed class TableRows
{
    /// <summary>Added to the finding of an unusable required value in a row that is then left out.</summary>
    public const string RowLeftOut = "This row is left out of the other checks until it is fixed.";

    private readonly RawTable _table;
    private readonly CellSpec[] _columns;

    private TableRows(RawTable table, CellSpec[] columns)
    {
        _table = table;
        _columns = columns;
    }

    /// <summary>
    /// Opens the table for reading. A column whose header was not found is reported once here (R01): an error when
    /// the column is required, a warning otherwise, and its cells are not reported row by row.
    /// </summary>
    public static TableRows Open(TemplateTable template, RawTable table, ParseLog log)
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
        var columns = template.Columns
            .Select(c => new CellSpec(c.Key, c.Header, c.Type, c.Required, c.ListName, table.Sheet, missingKeys.Contains(c.Key), c.MaxLength))
            .ToArray();
        return new TableRows(table, columns);
    }

    /// <summary>The column with that template key.</summary>
    public CellSpec Column(string key) => Array.Find(_columns, c => c.Key == key)
        ?? throw new ArgumentException($"The template has no '{key}' column.", nameof(key));

    /// <summary>The row to read, or false when all its cells are blank and it is skipped.</summary>
    public bool TryRow(RawRow raw, out RowInput row)
    {
        if (!HasValue(raw))
        {
            row = default;
            return false;
        }
        row = new RowInput(new SourceRow(_table.Sheet, raw.Row, _table.ColumnLetters), raw);
        return true;
    }

    // The reader keys cells by template column, so looking the columns up finds a value in almost every row without
    // enumerating the row's dictionary through its interface (an allocation per row). Cells under any other key
    // still count.
    private bool HasValue(RawRow row)
    {
        foreach (var column in _columns)
            if (row.Cells.TryGetValue(column.Key, out var cell) && !cell.IsBlank) return true;
        foreach (var cell in row.Cells.Values)
            if (!cell.IsBlank) return true;
        return false;
    }
}
