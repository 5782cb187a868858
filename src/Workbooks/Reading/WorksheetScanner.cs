using System.Globalization;
using System.Xml;
using Ukspf.Domain.Workbook;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// Reads worksheet parts forward-only, never building a sheet in memory. Rows no target wants are skipped unparsed,
/// cells are decoded only where a target wants them, and the pass stops as soon as nothing further down can matter.
/// </summary>
internal sealed class WorksheetScanner
{
    private readonly XmlNameTable _names;
    private readonly string[] _sharedStrings;
    private readonly string _sheetData, _row, _c, _r, _t, _v, _is, _tText, _rPh;

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
        _tText = _t;
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
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (ReferenceEquals(reader.LocalName, _row))
                {
                    row = RowNumber(reader, row);
                    if (targets.WantsRow(row)) ReadRow(reader, targets, row);
                    else reader.Skip();
                    if (targets.FinishedAfter(row)) return;
                }
                else reader.Skip();
                continue;
            }
            if (reader.NodeType == XmlNodeType.EndElement) return;
            reader.Read();
        }
    }

    private int RowNumber(XmlReader reader, int previous)
    {
        var text = reader.GetAttribute(_r);
        return text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : previous + 1;
    }

    private void ReadRow(XmlReader reader, SheetTargets targets, int row)
    {
        targets.BeginRow(row);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            targets.EndRow(row);
            return;
        }
        var depth = reader.Depth;
        var column = 0;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (ReferenceEquals(reader.LocalName, _c)) column = ReadCell(reader, targets, row, column);
                else reader.Skip();
                continue;
            }
            if (!reader.Read()) throw new XmlException("The worksheet ends inside a row.");
        }
        reader.Read();
        targets.EndRow(row);
    }

    private int ReadCell(XmlReader reader, SheetTargets targets, int row, int previousColumn)
    {
        string? address = null;
        var type = 'n';
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                var name = reader.LocalName;
                if (ReferenceEquals(name, _r)) address = reader.Value;
                else if (ReferenceEquals(name, _t)) type = TypeCode(reader.Value);
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        var column = ColumnOf(address) is var c && c > 0 ? c : previousColumn + 1;
        if (!targets.WantsCell(row, column))
        {
            reader.Skip();
            return column;
        }
        var (kind, text) = ReadValue(reader, type);
        targets.Cell(row, column, address ?? CellAddress.Of(column, row), kind, text);
        return column;
    }

    private (RawCellKind Kind, string Text) ReadValue(XmlReader reader, char type)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return (RawCellKind.Empty, "");
        }
        string? value = null;
        string? inline = null;
        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var name = reader.LocalName;
                if (ReferenceEquals(name, _v)) value = reader.ReadElementContentAsString();
                else if (ReferenceEquals(name, _is)) inline = XmlParts.ReadStringItem(reader, _tText, _rPh);
                else reader.Skip();
                continue;
            }
            if (!reader.Read()) throw new XmlException("The worksheet ends inside a cell.");
        }
        reader.Read();
        return Decode(type, value, inline);
    }

    private (RawCellKind, string) Decode(char type, string? value, string? inline)
    {
        if (inline is not null) return (RawCellKind.Text, inline);
        if (value is null) return (RawCellKind.Empty, "");
        switch (type)
        {
            case 's':
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= _sharedStrings.Length)
                    throw new XmlException($"A cell refers to shared string {value}, which does not exist.");
                return (RawCellKind.Text, _sharedStrings[index]);
            case 'S':
            case 'i':
                return (RawCellKind.Text, value);
            case 'b':
                return (RawCellKind.Boolean, value.Trim() is "1" or "true" ? "1" : "0");
            case 'e':
                return (RawCellKind.Error, value);
            case 'd':
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                    ? (RawCellKind.Number, (date - new DateTime(1899, 12, 30)).TotalDays.ToString("R", CultureInfo.InvariantCulture))
                    : (RawCellKind.Text, value);
            default:
                return (RawCellKind.Number, value);
        }
    }

    // 's' shared string, 'S' formula string, 'i' inline string, 'b' boolean, 'e' error, 'd' ISO date, 'n' number.
    private static char TypeCode(string t) => t switch
    {
        "s" => 's',
        "str" => 'S',
        "inlineStr" => 'i',
        "b" => 'b',
        "e" => 'e',
        "d" => 'd',
        _ => 'n',
    };

    private static int ColumnOf(string? address)
    {
        if (address is null) return 0;
        var letters = 0;
        while (letters < address.Length && char.IsAsciiLetter(address[letters])) letters++;
        return CellAddress.ColumnNumber(address.AsSpan(0, letters));
    }
}
