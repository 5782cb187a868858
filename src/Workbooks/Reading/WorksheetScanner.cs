using System.Globalization;
using System.Xml;
using Ukspf.Domain.Workbook;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// Reads worksheet parts forward-only in one flat pass over the XML nodes, never building a sheet in memory. Rows no
/// target wants are skipped unparsed, cells are decoded only where a target wants them, and the pass stops as soon
/// as nothing further down the sheet can matter.
/// </summary>
internal sealed class WorksheetScanner
{
    private readonly XmlNameTable _names;
    private readonly string[] _sharedStrings;
    private readonly string _sheetData, _row, _c, _r, _t, _v, _is, _rPh;

    /// <summary>A scanner resolving shared strings from <paramref name="sharedStrings"/>.</summary>
    public WorksheetScanner(XmlNameTable names, string[] sharedStrings)
    {
        _names = names;
        _sharedStrings = sharedStrings;
        _sheetData = names.Add("sheetData");
        _row = names.Add("row");
        _c = names.Add("c");
        _r = names.Add("r");
        _t = names.Add("t");
        _v = names.Add("v");
        _is = names.Add("is");
        _rPh = names.Add("rPh");
    }

    /// <summary>Reads one worksheet part into its targets.</summary>
    public void Scan(Stream part, SheetTargets targets)
    {
        using var reader = XmlParts.Open(part, _names);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, _sheetData)) break;
        }
        if (reader.EOF || reader.IsEmptyElement) return;
        reader.Read();

        var row = 0;
        var column = 0;
        var inCell = false;
        string? address = null;
        string? type = null;
        string? value = null;
        string? inline = null;
        while (!reader.EOF)
        {
            var node = reader.NodeType;
            if (node == XmlNodeType.Element)
            {
                var name = reader.LocalName;
                if (ReferenceEquals(name, _v) && inCell)
                {
                    value = reader.ReadElementContentAsString();
                    continue;
                }
                if (ReferenceEquals(name, _c))
                {
                    address = reader.GetAttribute(_r);
                    column = ColumnOf(address) is var found && found > 0 ? found : column + 1;
                    if (!targets.WantsCell(row, column) || reader.IsEmptyElement)
                    {
                        reader.Skip();
                        continue;
                    }
                    type = reader.GetAttribute(_t);
                    value = inline = null;
                    inCell = true;
                    reader.Read();
                    continue;
                }
                if (ReferenceEquals(name, _is) && inCell)
                {
                    inline = XmlParts.ReadStringItem(reader, _t, _rPh);
                    continue;
                }
                if (ReferenceEquals(name, _row))
                {
                    row = RowNumber(reader, row);
                    column = 0;
                    if (!targets.BeginRow(row))
                    {
                        reader.Skip();
                        if (targets.FinishedAfter(row)) return;
                        continue;
                    }
                    if (reader.IsEmptyElement)
                    {
                        targets.EndRow(row);
                        if (targets.FinishedAfter(row)) return;
                    }
                    reader.Read();
                    continue;
                }
                // Formulas, rich-text properties, extensions: nothing the reader needs.
                reader.Skip();
                continue;
            }
            if (node == XmlNodeType.EndElement)
            {
                var name = reader.LocalName;
                if (ReferenceEquals(name, _c))
                {
                    if (inCell) Emit(targets, row, column, address, type, value, inline);
                    inCell = false;
                }
                else if (ReferenceEquals(name, _row))
                {
                    targets.EndRow(row);
                    if (targets.FinishedAfter(row)) return;
                }
                else if (ReferenceEquals(name, _sheetData)) return;
            }
            reader.Read();
        }
    }

    private void Emit(SheetTargets targets, int row, int column, string? address, string? type, string? value, string? inline)
    {
        var (kind, text) = Decode(type, value, inline);
        if (kind != RawCellKind.Empty) targets.Cell(row, column, address ?? CellAddress.Of(column, row), kind, text);
    }

    private int RowNumber(XmlReader reader, int previous)
    {
        var text = reader.GetAttribute(_r);
        return text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : previous + 1;
    }

    private (RawCellKind, string) Decode(string? type, string? value, string? inline)
    {
        if (inline is not null) return (RawCellKind.Text, inline);
        if (value is null) return (RawCellKind.Empty, "");
        switch (type)
        {
            case "s":
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= _sharedStrings.Length)
                    throw new XmlException($"A cell refers to shared string {value}, which does not exist.");
                return (RawCellKind.Text, _sharedStrings[index]);
            case "str":
            case "inlineStr":
                return (RawCellKind.Text, value);
            case "b":
                return (RawCellKind.Boolean, value.Trim() is "1" or "true" ? "1" : "0");
            case "e":
                return (RawCellKind.Error, value);
            case "d":
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                    ? (RawCellKind.Number, (date - new DateTime(1899, 12, 30)).TotalDays.ToString("R", CultureInfo.InvariantCulture))
                    : (RawCellKind.Text, value);
            default:
                return value.Length == 0 ? (RawCellKind.Empty, "") : (RawCellKind.Number, value);
        }
    }

    private static int ColumnOf(string? address)
    {
        if (address is null) return 0;
        var letters = 0;
        while (letters < address.Length && char.IsAsciiLetter(address[letters])) letters++;
        return CellAddress.ColumnNumber(address.AsSpan(0, letters));
    }
}
