using System.Runtime.CompilerServices;
using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>One data row of an input table.</summary>
/// <param name="Template">The table's template definition.</param>
/// <param name="Source">Where the row is, for the typed line and for findings.</param>
/// <param name="Raw">The row's cells.</param>
/// <param name="MissingColumns">Keys of columns whose header was not found (already reported).</param>
internal sealed record RowInput(TemplateTable Template, SourceRow Source, RawRow Raw, IReadOnlySet<string> MissingColumns)
{
    // A column is looked up for every cell read: by dictionary, built once per template table.
    private static readonly ConditionalWeakTable<TemplateTable, Dictionary<string, TemplateColumn>> ColumnsByKey = new();

    /// <summary>The cell of one column; <paramref name="leavesRowOut"/> says whether an unusable value drops the row.</summary>
    public CellInput Cell(string key, bool leavesRowOut = true)
    {
        var column = ColumnsByKey.GetValue(Template, t => t.Columns.ToDictionary(c => c.Key, StringComparer.Ordinal))[key];
        var cell = Raw.Cells.GetValueOrDefault(key);
        var at = cell is null ? Source.At(key) : new CellLocation(cell.Sheet, cell.Address);
        return new CellInput(column.Header, column.Type, column.Required, column.ListName, cell, at,
            MissingColumns.Contains(key), column.Required && leavesRowOut ? TableRows.RowLeftOut : null);
    }
}
