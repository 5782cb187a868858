namespace Ukspf.Workbooks.Consolidated;

/// <summary>
/// One column of a published table: its header, width, a row's value and how its cells look, kept together so they
/// cannot drift apart. A sheet's columns are one list, so adding a column is adding one entry.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Header">Header text.</param>
/// <param name="Width">Width in Excel's character units.</param>
/// <param name="Value">A row's value: text, a number (decimal or int), a <see cref="DateOnly"/>, a <see cref="DateTimeOffset"/> (shown in UTC), or null for an empty cell.</param>
/// <param name="Look">How every cell of the column looks.</param>
/// <param name="RowLook">How one row's cell looks, where that depends on the row (a RAG fill, a unit's format); over <paramref name="Look"/>.</param>
internal sealed record TableColumn<T>(string Header, double Width, Func<T, object?> Value, CellLook Look = default, Func<T, CellLook>? RowLook = null);
