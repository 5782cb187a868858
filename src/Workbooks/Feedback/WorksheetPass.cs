using System.Globalization;
using System.Xml;
using Ukspf.Domain.Validation;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Copies one of the council's worksheets forward only: its tab is no longer selected (only the new first sheet is),
/// each noted cell gets its own format with a red or amber fill, cells and rows that do not exist yet are made in
/// their place (styled as their row or column), and the sheet gains the legacy drawing its notes need.
/// </summary>
internal sealed class WorksheetPass
{
    private static readonly string[] Order =
    [
        "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
        "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
        "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
        "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
        "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
    ];

    private readonly IReadOnlyList<KeyValuePair<CellPosition, CellNote>> _notes;
    private readonly Func<uint, Severity, uint> _highlight;
    private readonly List<(int Min, int Max, uint Style)> _columnStyles = [];
    private int _next;

    private WorksheetPass(IReadOnlyList<KeyValuePair<CellPosition, CellNote>> notes, Func<uint, Severity, uint> highlight)
    {
        _notes = notes;
        _highlight = highlight;
    }

    /// <summary>
    /// Copies the sheet. Returns the id of the sheet's legacy drawing: the one it has, or
    /// <paramref name="newDrawingId"/> when it had none and one was added (null adds none).
    /// </summary>
    /// <param name="reader">The sheet.</param>
    /// <param name="writer">Its new content.</param>
    /// <param name="notes">The noted cells in row then column order; none only unselects the tab.</param>
    /// <param name="highlight">The shaded format for a cell's own format and the worst severity on it.</param>
    /// <param name="newDrawingId">The relationship id a legacy drawing added to the sheet takes.</param>
    public static string? Run(XmlReader reader, XmlWriter writer, IReadOnlyList<KeyValuePair<CellPosition, CellNote>> notes,
        Func<uint, Severity, uint> highlight, string? newDrawingId) =>
        new WorksheetPass(notes, highlight).Run(reader, writer, newDrawingId);

    private string? Run(XmlReader reader, XmlWriter writer, string? newDrawingId)
    {
        string? drawingId = null;
        var order = new ChildOrder(Order);
        if (_notes.Count > 0) order.Add("sheetData", w => EmptySheetData(w));
        if (newDrawingId is not null)
        {
            order.Add("legacyDrawing", w =>
            {
                w.WriteStartElement("legacyDrawing", Markup.Main);
                w.WriteAttributeString("r", "id", Markup.Relationships, newDrawingId);
                w.WriteEndElement();
                drawingId = newDrawingId;
            });
        }

        order.CopyPart(reader, writer, (reader, writer) =>
        {
            switch (reader.LocalName)
            {
                case "dimension": Dimension(reader, writer); break;
                case "sheetViews": SheetViews(reader, writer); break;
                case "cols": Columns(reader, writer); break;
                case "sheetData": SheetData(reader, writer); break;
                case "legacyDrawing":
                    drawingId = reader.GetAttribute("id", Markup.Relationships);
                    XmlPass.CopyElement(reader, writer);
                    break;
                default: XmlPass.CopyElement(reader, writer); break;
            }
        });
        return drawingId;
    }

    private void Dimension(XmlReader reader, XmlWriter writer)
    {
        var reference = reader.GetAttribute("ref");
        XmlPass.StartElement(reader, writer, a => a != "ref" || _notes.Count == 0 || reference is null);
        if (_notes.Count > 0 && reference is not null) writer.WriteAttributeString("ref", Extended(reference));
        XmlPass.CopyRestOfElement(reader, writer);
    }

    private string Extended(string reference)
    {
        var parts = reference.Split(':');
        if (!CellPosition.TryParse(parts[0], out var first) || !CellPosition.TryParse(parts[^1], out var last)) return reference;
        var from = new CellPosition(Math.Min(first.Row, _notes[0].Key.Row), Math.Min(first.Column, _notes.Min(n => n.Key.Column)));
        var to = new CellPosition(Math.Max(last.Row, _notes[^1].Key.Row), Math.Max(last.Column, _notes.Max(n => n.Key.Column)));
        return from == to ? from.ToString() : $"{from}:{to}";
    }

    // Two selected tabs would group the sheets, so that typing in one types in both.
    private static void SheetViews(XmlReader reader, XmlWriter writer)
    {
        if (reader.IsEmptyElement)
        {
            XmlPass.CopyNode(reader, writer);
            return;
        }

        var depth = reader.Depth;
        XmlPass.CopyNode(reader, writer);
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheetView" && reader.NamespaceURI == Markup.Main)
            {
                XmlPass.StartElement(reader, writer, a => a != "tabSelected");
                if (reader.IsEmptyElement) writer.WriteEndElement();
                reader.Read();
            }
            else
            {
                XmlPass.CopyNode(reader, writer);
            }
        }

        XmlPass.CopyNode(reader, writer);
    }

    private void Columns(XmlReader reader, XmlWriter writer)
    {
        if (reader.IsEmptyElement)
        {
            XmlPass.CopyNode(reader, writer);
            return;
        }

        var depth = reader.Depth;
        XmlPass.CopyNode(reader, writer);
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "col" &&
                uint.TryParse(reader.GetAttribute("style"), NumberStyles.None, CultureInfo.InvariantCulture, out var style) && style > 0)
            {
                _columnStyles.Add((XmlPass.IntAttribute(reader, "min") ?? 0, XmlPass.IntAttribute(reader, "max") ?? 0, style));
            }

            XmlPass.CopyNode(reader, writer);
        }

        XmlPass.CopyNode(reader, writer);
    }

    private void EmptySheetData(XmlWriter writer)
    {
        writer.WriteStartElement("sheetData", Markup.Main);
        NewRows(writer, int.MaxValue);
        writer.WriteEndElement();
    }

    private void SheetData(XmlReader reader, XmlWriter writer)
    {
        XmlPass.StartElement(reader, writer);
        if (reader.IsEmptyElement)
        {
            NewRows(writer, int.MaxValue);
            writer.WriteEndElement();
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        var lastRow = 0;
        reader.Read();
        while (!XmlPass.AtEnd(reader, depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1 || reader.LocalName != "row")
            {
                XmlPass.CopyNode(reader, writer);
                continue;
            }

            var row = XmlPass.IntAttribute(reader, "r") ?? lastRow + 1;
            NewRows(writer, row);
            if (_next < _notes.Count && _notes[_next].Key.Row == row) NotedRow(reader, writer, row);
            else XmlPass.CopyElement(reader, writer);
            lastRow = row;
        }

        NewRows(writer, int.MaxValue);
        XmlPass.CopyNode(reader, writer);
    }

    // Rows that exist only because a noted cell is in them, up to (not including) row `before`.
    private void NewRows(XmlWriter writer, int before)
    {
        while (_next < _notes.Count && _notes[_next].Key.Row < before)
        {
            var row = _notes[_next].Key.Row;
            writer.WriteStartElement("row", Markup.Main);
            writer.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
            NewCells(writer, row, int.MaxValue, null);
            writer.WriteEndElement();
        }
    }

    private void NotedRow(XmlReader reader, XmlWriter writer, int row)
    {
        var rowStyle = XmlPass.IsTrue(reader.GetAttribute("customFormat"))
            && uint.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : (uint?)null;
        var hasReference = reader.GetAttribute("r") is not null;
        // Spans are an optional hint that a new cell could contradict.
        XmlPass.StartElement(reader, writer, a => a != "spans");
        if (!hasReference) writer.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
        if (reader.IsEmptyElement)
        {
            NewCells(writer, row, int.MaxValue, rowStyle);
            writer.WriteEndElement();
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        var lastColumn = 0;
        reader.Read();
        while (!XmlPass.AtEnd(reader, depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1)
            {
                XmlPass.CopyNode(reader, writer);
                continue;
            }

            if (reader.LocalName != "c")
            {
                NewCells(writer, row, int.MaxValue, rowStyle);
                XmlPass.CopyElement(reader, writer);
                continue;
            }

            var reference = reader.GetAttribute("r");
            var column = reference is not null && CellAddress.TryParse(reference, out var c, out _) ? c : lastColumn + 1;
            NewCells(writer, row, column, rowStyle);
            Cell(reader, writer, new CellPosition(row, column), reference is null);
            lastColumn = column;
        }

        NewCells(writer, row, int.MaxValue, rowStyle);
        XmlPass.CopyNode(reader, writer);
    }

    // Writes an existing cell, shaded when it is the next noted cell, with its reference spelt out.
    private void Cell(XmlReader reader, XmlWriter writer, CellPosition cell, bool addReference)
    {
        var noted = _next < _notes.Count && _notes[_next].Key == cell;
        if (!noted && !addReference)
        {
            XmlPass.CopyElement(reader, writer);
            return;
        }

        var style = uint.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        XmlPass.StartElement(reader, writer, a => !noted || a != "s");
        if (addReference) writer.WriteAttributeString("r", cell.ToString());
        if (noted) writer.WriteAttributeString("s", _highlight(style, _notes[_next++].Value.Severity).ToString(CultureInfo.InvariantCulture));
        XmlPass.CopyRestOfElement(reader, writer);
    }

    // Noted cells of `row` that do not exist, before column `before`, styled as their row or column would show them.
    private void NewCells(XmlWriter writer, int row, int before, uint? rowStyle)
    {
        while (_next < _notes.Count && _notes[_next].Key.Row == row && _notes[_next].Key.Column < before)
        {
            var (cell, note) = _notes[_next++];
            writer.WriteStartElement("c", Markup.Main);
            writer.WriteAttributeString("r", cell.ToString());
            var style = _highlight(rowStyle ?? ColumnStyle(cell.Column), note.Severity);
            writer.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndElement();
        }
    }

    private uint ColumnStyle(int column)
    {
        foreach (var (min, max, style) in _columnStyles)
        {
            if (column >= min && column <= max) return style;
        }

        return 0;
    }
}
