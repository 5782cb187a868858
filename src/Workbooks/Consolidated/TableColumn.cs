using Ukspf.Workbooks.Writing;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>One column of a published table: its header, width and how a row's cell is written, kept together so they cannot drift apart.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Header">Header text.</param>
/// <param name="Width">Width in Excel's character units.</param>
/// <param name="Write">Writes this column's cell of a row.</param>
internal sealed record TableColumn<T>(string Header, double Width, Action<SheetXmlWriter, T, ConsolidatedStyles> Write);
