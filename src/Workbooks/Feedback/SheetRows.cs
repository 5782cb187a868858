using System.Globalization;
using System.Xml;

namespace Ukspf.Workbooks.Feedback;

/// <summary>
/// Writes a new worksheet forward only, row by row, as Excel does: SpreadsheetML in the default namespace, an explicit
/// reference on every row and cell, text inline (so the sheet joins the council's workbook without touching its
/// shared strings).
/// </summary>
internal sealed class SheetRows : IDisposable
{
    private static readonly DateTime Epoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Utc);
    private static readonly (string Name, string Inches)[] Margins =
        [("left", "0.7"), ("right", "0.7"), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"), ("footer", "0.3")];

    private readonly XmlWriter _xml;
    private int _column;
    private bool _inRow;

    /// <summary>Opens the worksheet, its view (selected: the tab the workbook opens at), its column widths and its sheet data.</summary>
    public SheetRows(Stream part, IReadOnlyList<double> widths)
    {
        _xml = XmlPass.Writer(part);
        _xml.WriteStartDocument(true);
        _xml.WriteStartElement("worksheet", Markup.Main);
        _xml.WriteAttributeString("xmlns", "r", null, Markup.Relationships);
        _xml.WriteStartElement("sheetViews", Markup.Main);
        _xml.WriteStartElement("sheetView", Markup.Main);
        _xml.WriteAttributeString("tabSelected", "1");
        _xml.WriteAttributeString("workbookViewId", "0");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteStartElement("sheetFormatPr", Markup.Main);
        _xml.WriteAttributeString("defaultRowHeight", "15");
        _xml.WriteEndElement();
        _xml.WriteStartElement("cols", Markup.Main);
        for (var i = 0; i < widths.Count; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            _xml.WriteStartElement("col", Markup.Main);
            _xml.WriteAttributeString("min", n);
            _xml.WriteAttributeString("max", n);
            _xml.WriteAttributeString("width", widths[i].ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("customWidth", "1");
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteStartElement("sheetData", Markup.Main);
    }

    /// <summary>The row being written (1-based), or the last one written.</summary>
    public int Row { get; private set; }

    /// <summary>The reference of the cell the next call writes.</summary>
    public CellPosition NextCell => new(Row, _column + 1);

    /// <summary>Starts the next row.</summary>
    public void StartRow()
    {
        EndRow();
        Row++;
        _column = 0;
        _inRow = true;
        _xml.WriteStartElement("row", Markup.Main);
        _xml.WriteAttributeString("r", Row.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Leaves <paramref name="rows"/> rows empty.</summary>
    public void SkipRows(int rows)
    {
        EndRow();
        Row += rows;
    }

    /// <summary>A text cell, cleaned of characters XML cannot carry; null leaves the cell empty (but styled, when a style is given).</summary>
    public void Text(string? value, uint style = 0)
    {
        if (value is null)
        {
            if (style == 0)
            {
                _column++;
                return;
            }

            StartCell(style, null);
            _xml.WriteEndElement();
            return;
        }

        var text = SafeText.Clean(value);
        StartCell(style, "inlineStr");
        _xml.WriteStartElement("is", Markup.Main);
        _xml.WriteStartElement("t", Markup.Main);
        if (SafeText.NeedsPreserve(text)) _xml.WriteAttributeString("xml", "space", null, "preserve");
        _xml.WriteString(text);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>A whole-number cell.</summary>
    public void Number(int value, uint style = 0)
    {
        StartCell(style, null);
        _xml.WriteElementString("v", Markup.Main, value.ToString(CultureInfo.InvariantCulture));
        _xml.WriteEndElement();
    }

    /// <summary>A moment, stored as Excel's serial in UTC (days since 30 December 1899); the style gives its format.</summary>
    public void DateTime(DateTimeOffset value, uint style)
    {
        StartCell(style, null);
        _xml.WriteElementString("v", Markup.Main, (value.UtcDateTime - Epoch).TotalDays.ToString("R", CultureInfo.InvariantCulture));
        _xml.WriteEndElement();
    }

    /// <summary>Closes the sheet data and writes the filter, the links to cells (target as <c>'Spend'!F12</c>) and the margins.</summary>
    public void End(string? autoFilter, IReadOnlyList<(CellPosition Cell, string Location)> links)
    {
        EndRow();
        _xml.WriteEndElement();
        if (autoFilter is not null)
        {
            _xml.WriteStartElement("autoFilter", Markup.Main);
            _xml.WriteAttributeString("ref", autoFilter);
            _xml.WriteEndElement();
        }

        if (links.Count > 0)
        {
            _xml.WriteStartElement("hyperlinks", Markup.Main);
            foreach (var (cell, location) in links)
            {
                _xml.WriteStartElement("hyperlink", Markup.Main);
                _xml.WriteAttributeString("ref", cell.ToString());
                _xml.WriteAttributeString("location", SafeText.Clean(location));
                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        _xml.WriteStartElement("pageMargins", Markup.Main);
        foreach (var (name, inches) in Margins) _xml.WriteAttributeString(name, inches);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
    }

    /// <inheritdoc />
    public void Dispose() => _xml.Dispose();

    private void EndRow()
    {
        if (!_inRow) return;
        _xml.WriteEndElement();
        _inRow = false;
    }

    private void StartCell(uint style, string? type)
    {
        _column++;
        _xml.WriteStartElement("c", Markup.Main);
        _xml.WriteAttributeString("r", new CellPosition(Row, _column).ToString());
        if (style != 0) _xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        if (type is not null) _xml.WriteAttributeString("t", type);
    }
}
