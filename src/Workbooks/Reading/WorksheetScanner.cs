using System.Globalization;
using System.Xml;
using Ukspf.Domain.Workbook;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// Reads worksheet parts forward-only, never building a sheet in memory. Rows no target wants are skipped unparsed,
/// cells are decoded only where a target wants them, attribute and value text is read into reused buffers so a
/// skipped or empty cell allocates nothing, and the pass stops as soon as nothing further down can matter.
/// </summary>
internal sealed class WorksheetScanner
{
    private readonly XmlNameTable _names;
    private readonly string[] _sharedStrings;
    private readonly TextPool _pool = new();
    private readonly string _sheetData, _row, _c, _r, _t, _v, _is, _rPh;
    private char[] _address = new char[16];
    private char[] _type = new char[16];
    private char[] _value = new char[64];

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
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (ReferenceEquals(reader.LocalName, _row))
                {
                    row = RowNumber(reader, row);
                    if (targets.BeginRow(row)) ReadRow(reader, targets, row);
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
        if (!reader.MoveToAttribute(_r)) return previous + 1;
        var length = ReadAttribute(reader, ref _address);
        reader.MoveToElement();
        return int.TryParse(_address.AsSpan(0, length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : previous + 1;
    }

    private void ReadRow(XmlReader reader, SheetTargets targets, int row)
    {
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
        var addressLength = 0;
        var type = 'n';
        while (reader.MoveToNextAttribute())
        {
            var name = reader.LocalName;
            if (ReferenceEquals(name, _r)) addressLength = ReadAttribute(reader, ref _address);
            else if (ReferenceEquals(name, _t)) type = TypeCode(_type.AsSpan(0, ReadAttribute(reader, ref _type)));
        }
        reader.MoveToElement();
        var column = ColumnOf(_address.AsSpan(0, addressLength)) is var c && c > 0 ? c : previousColumn + 1;
        if (!targets.WantsCell(row, column))
        {
            reader.Skip();
            return column;
        }
        var (kind, text) = ReadValue(reader, type);
        if (kind == RawCellKind.Empty) return column;
        var address = addressLength > 0 ? new string(_address, 0, addressLength) : CellAddress.Of(column, row);
        targets.Cell(row, column, address, kind, text);
        return column;
    }

    private (RawCellKind Kind, string Text) ReadValue(XmlReader reader, char type)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return (RawCellKind.Empty, "");
        }
        var valueLength = -1;
        string? inline = null;
        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var name = reader.LocalName;
                if (ReferenceEquals(name, _v)) valueLength = ReadElementText(reader);
                else if (ReferenceEquals(name, _is)) inline = XmlParts.ReadStringItem(reader, _t, _rPh);
                else reader.Skip();
                continue;
            }
            if (!reader.Read()) throw new XmlException("The worksheet ends inside a cell.");
        }
        reader.Read();
        if (inline is not null) return (RawCellKind.Text, inline);
        return valueLength < 0 ? (RawCellKind.Empty, "") : Decode(type, _value.AsSpan(0, valueLength));
    }

    private (RawCellKind, string) Decode(char type, ReadOnlySpan<char> value)
    {
        switch (type)
        {
            case 's':
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= _sharedStrings.Length)
                    throw new XmlException($"A cell refers to shared string {value}, which does not exist.");
                return (RawCellKind.Text, _sharedStrings[index]);
            case 'S':
            case 'i':
                return (RawCellKind.Text, _pool.Get(value));
            case 'b':
                return (RawCellKind.Boolean, value.Trim() is "1" or "true" ? "1" : "0");
            case 'e':
                return (RawCellKind.Error, _pool.Get(value));
            case 'd':
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                    ? (RawCellKind.Number, (date - new DateTime(1899, 12, 30)).TotalDays.ToString("R", CultureInfo.InvariantCulture))
                    : (RawCellKind.Text, new string(value));
            default:
                return value.IsEmpty ? (RawCellKind.Empty, "") : (RawCellKind.Number, _pool.Get(value));
        }
    }

    /// <summary>Reads an element's text into the value buffer; returns its length and leaves the reader after the element.</summary>
    private int ReadElementText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return 0;
        }
        var depth = reader.Depth;
        var length = 0;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                int n;
                while ((n = reader.ReadValueChunk(_value, length, _value.Length - length)) > 0)
                {
                    length += n;
                    if (length == _value.Length) Array.Resize(ref _value, _value.Length * 2);
                }
            }
            if (!reader.Read()) throw new XmlException("The worksheet ends inside a value.");
        }
        reader.Read();
        return length;
    }

    private static int ReadAttribute(XmlReader reader, ref char[] buffer)
    {
        var length = 0;
        int n;
        while ((n = reader.ReadValueChunk(buffer, length, buffer.Length - length)) > 0)
        {
            length += n;
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        }
        return length;
    }

    // 's' shared string, 'S' formula string, 'i' inline string, 'b' boolean, 'e' error, 'd' ISO date, 'n' number.
    private static char TypeCode(ReadOnlySpan<char> t) => t switch
    {
        "s" => 's',
        "str" => 'S',
        "inlineStr" => 'i',
        "b" => 'b',
        "e" => 'e',
        "d" => 'd',
        _ => 'n',
    };

    private static int ColumnOf(ReadOnlySpan<char> address)
    {
        var letters = 0;
        while (letters < address.Length && char.IsAsciiLetter(address[letters])) letters++;
        return CellAddress.ColumnNumber(address[..letters]);
    }
}
