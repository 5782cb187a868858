using System.Globalization;
using Ukspf.Workbooks.Writing;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>A sheet with a bold, frozen, filtered header row and one row per item.</summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class TableSheet<T>(string name, IReadOnlyList<TableColumn<T>> columns, IReadOnlyList<T> rows) : IWorkbookTable
{
    private readonly TableColumn<T>[] _columns = [.. columns];

    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public string Range => $"A1:{CellAddress.ColumnName(_columns.Length)}{(rows.Count + 1).ToString(CultureInfo.InvariantCulture)}";

    /// <inheritdoc />
    public void Write(SheetXmlWriter writer, ConsolidatedStyles styles, bool selected)
    {
        var widths = new double[_columns.Length];
        for (var i = 0; i < _columns.Length; i++) widths[i] = _columns[i].Width;
        writer.StartWorksheet(new SheetLayout(widths, FrozenRows: 1, LastRow: rows.Count + 1, TabSelected: selected));
        writer.StartRow();
        foreach (var column in _columns) writer.Text(column.Header, styles.Header);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            writer.StartRow();
            foreach (var column in _columns) column.Write(writer, row, styles);
        }

        writer.EndWorksheet(Range, []);
    }
}
