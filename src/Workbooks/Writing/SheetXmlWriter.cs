using System.Globalization;
using System.Xml;
using Ukspf.Workbooks.Building;

namespace Ukspf.Workbooks.Writing;

/// <summary>
/// Writes one worksheet part forward only, row by row, as Excel does: SpreadsheetML in the default namespace, an
/// explicit reference on every row and cell. Text goes to the shared string table when one is given, otherwise
/// inline (so a sheet can be added to someone else's workbook without touching its string table).
/// </summary>
internal sealed class SheetXmlWriter : IDisposable
{
    private readonly XmlWriter _xml;
    private readonly SharedStrings? _strings;
    private int _row;
    private int _column;
    private bool _inRow;

    public SheetXmlWriter(Stream part, SharedStrings? strings)
    {
        _xml = XmlWriter.Create(part, PartXml.Settings);
        _strings = strings;
    }

    /// <summary>The row being written (1-based), or the last one written.</summary>
    public int Row => _row;

    /// <summary>Opens the worksheet and its sheet data.</summary>
    public void StartWorksheet(SheetLayout layout)
    {
        _xml.WriteStartDocument(true);
        _xml.WriteStartElement("worksheet", DefaultNamespaceXmlWriter.SpreadsheetMl);
        _xml.WriteAttributeString("xmlns", "r", null, PartXml.Relationships);
        if (layout.LastRow is { } lastRow)
        {
            var lastColumn = CellAddress.ColumnName(Math.Max(1, layout.ColumnWidths.Count));
            _xml.WriteStartElement("dimension");
            _xml.WriteAttributeString("ref", $"A1:{lastColumn}{Math.Max(1, lastRow).ToString(CultureInfo.InvariantCulture)}");
            _xml.WriteEndElement();
        }

        WriteSheetView(layout);
        _xml.WriteStartElement("sheetFormatPr");
        _xml.WriteAttributeString("defaultRowHeight", "15");
        _xml.WriteEndElement();
        WriteColumns(layout.ColumnWidths);
        _xml.WriteStartElement("sheetData");
    }

    /// <summary>Starts the next row.</summary>
    public void StartRow()
    {
        if (_inRow) EndRow();
        _row++;
        _column = 0;
        _inRow = true;
        _xml.WriteStartElement("row");
        _xml.WriteStartAttribute("r");
        _xml.WriteValue(_row);
        _xml.WriteEndAttribute();
    }

    /// <summary>Leaves <paramref name="rows"/> rows empty.</summary>
    public void SkipRows(int rows)
    {
        if (_inRow) EndRow();
        _row += rows;
    }

    /// <summary>Ends the current row.</summary>
    public void EndRow()
    {
        if (!_inRow) return;
        _xml.WriteEndElement();
        _inRow = false;
    }

    /// <summary>Leaves the next cell empty.</summary>
    public void Skip() => _column++;

    /// <summary>A text cell; null leaves the cell empty (but styled, when a style is given).</summary>
    public void Text(string? value, uint style = 0)
    {
        if (value is null)
        {
            Blank(style);
            return;
        }

        var text = CellText.Clean(value);
        StartCell(style, _strings is null ? "inlineStr" : "s");
        if (_strings is null)
        {
            _xml.WriteStartElement("is");
            WriteTextElement(_xml, text);
            _xml.WriteEndElement();
        }
        else
        {
            _xml.WriteStartElement("v");
            _xml.WriteValue(_strings.IndexOf(text));
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
    }

    /// <summary>A number cell, written exactly (a decimal keeps every penny); null leaves it empty.</summary>
    public void Number(decimal? value, uint style = 0)
    {
        if (value is null)
        {
            Blank(style);
            return;
        }

        StartCell(style, null);
        _xml.WriteElementString("v", value.Value.ToString(CultureInfo.InvariantCulture));
        _xml.WriteEndElement();
    }

    /// <summary>A whole-number cell.</summary>
    public void Number(int value, uint style = 0)
    {
        StartCell(style, null);
        _xml.WriteElementString("v", value.ToString(CultureInfo.InvariantCulture));
        _xml.WriteEndElement();
    }

    /// <summary>A calendar date, stored as a serial; the style gives its format.</summary>
    public void Date(DateOnly value, uint style) => Number(ExcelDates.Serial(value), style);

    /// <summary>A moment, stored as a serial in UTC; the style gives its format.</summary>
    public void DateTime(DateTimeOffset value, uint style)
    {
        StartCell(style, null);
        _xml.WriteElementString("v", ExcelDates.Serial(value).ToString("R", CultureInfo.InvariantCulture));
        _xml.WriteEndElement();
    }

    /// <summary>Closes the sheet data and writes what follows it, then the end of the worksheet.</summary>
    /// <param name="autoFilter">The filtered range ("A1:F20"), or null.</param>
    /// <param name="links">Links to places in the workbook, or none.</param>
    public void EndWorksheet(string? autoFilter, IReadOnlyList<SheetHyperlink> links)
    {
        EndRow();
        _xml.WriteEndElement();
        if (autoFilter is not null)
        {
            _xml.WriteStartElement("autoFilter");
            _xml.WriteAttributeString("ref", autoFilter);
            _xml.WriteEndElement();
        }

        if (links.Count > 0)
        {
            _xml.WriteStartElement("hyperlinks");
            foreach (var link in links)
            {
                _xml.WriteStartElement("hyperlink");
                _xml.WriteAttributeString("ref", link.Cell.ToString());
                _xml.WriteAttributeString("location", link.Location);
                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        _xml.WriteStartElement("pageMargins");
        foreach (var (name, inches) in Margins) _xml.WriteAttributeString(name, inches);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
    }

    public void Dispose() => _xml.Dispose();

    /// <summary>Writes a <c>t</c> element holding <paramref name="text"/>, keeping its edge white space.</summary>
    internal static void WriteTextElement(XmlWriter xml, string text)
    {
        xml.WriteStartElement("t");
        if (CellText.NeedsPreserve(text)) xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static readonly (string Name, string Inches)[] Margins =
        [("left", "0.7"), ("right", "0.7"), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"), ("footer", "0.3")];

    private void Blank(uint style)
    {
        if (style == 0)
        {
            _column++;
            return;
        }

        StartCell(style, null);
        _xml.WriteEndElement();
    }

    private void StartCell(uint style, string? type)
    {
        _column++;
        _xml.WriteStartElement("c");
        _xml.WriteAttributeString("r", CellAddress.ColumnName(_column) + _row.ToString(CultureInfo.InvariantCulture));
        if (style != 0)
        {
            _xml.WriteStartAttribute("s");
            _xml.WriteValue(style);
            _xml.WriteEndAttribute();
        }

        if (type is not null) _xml.WriteAttributeString("t", type);
    }

    private void WriteSheetView(SheetLayout layout)
    {
        _xml.WriteStartElement("sheetViews");
        _xml.WriteStartElement("sheetView");
        if (layout.TabSelected) _xml.WriteAttributeString("tabSelected", "1");
        _xml.WriteAttributeString("workbookViewId", "0");
        if (layout.FrozenRows > 0)
        {
            var topLeft = "A" + (layout.FrozenRows + 1).ToString(CultureInfo.InvariantCulture);
            _xml.WriteStartElement("pane");
            _xml.WriteAttributeString("ySplit", layout.FrozenRows.ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("topLeftCell", topLeft);
            _xml.WriteAttributeString("activePane", "bottomLeft");
            _xml.WriteAttributeString("state", "frozen");
            _xml.WriteEndElement();
            _xml.WriteStartElement("selection");
            _xml.WriteAttributeString("pane", "bottomLeft");
            _xml.WriteAttributeString("activeCell", topLeft);
            _xml.WriteAttributeString("sqref", topLeft);
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void WriteColumns(IReadOnlyList<double> widths)
    {
        if (widths.Count == 0) return;
        _xml.WriteStartElement("cols");
        for (var i = 0; i < widths.Count; i++)
        {
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            _xml.WriteStartElement("col");
            _xml.WriteAttributeString("min", n);
            _xml.WriteAttributeString("max", n);
            _xml.WriteAttributeString("width", widths[i].ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("customWidth", "1");
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
    }
}
