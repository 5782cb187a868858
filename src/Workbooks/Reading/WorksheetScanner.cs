using System.Buffers.Text;
using System.Globalization;
using System.Xml;
using Ukspf.Domain.Workbook;
using Ukspf.Workbooks.Reading.Xml;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// Reads worksheet parts forward-only, never building a sheet in memory. Rows no target wants are skipped unparsed,
/// cells are decoded only where a target wants them, and the pass stops as soon as nothing further down the sheet
/// can matter.
/// </summary>
internal sealed class WorksheetScanner(string[] sharedStrings)
{
    private readonly ShortStrings _values = new();

    /// <summary>Reads one worksheet part into its targets; disposes the part.</summary>
    public void Scan(Stream part, SheetTargets targets)
    {
        using var reader = new Utf8PartReader(part);
        while (reader.Read())
        {
            if (reader.IsElement && reader.NameIs("sheetData"u8)) break;
        }
        if (!reader.IsElement || reader.IsEmptyElement) return;

        var outside = reader.Depth - 1;
        var row = 0;
        while (reader.ReadWithin(outside))
        {
            if (!reader.NameIs("row"u8))
            {
                reader.Skip();
                continue;
            }
            row = reader.TryGetAttribute("r"u8, out var number) && Utf8Parser.TryParse(number, out int n, out var used)
                && used == number.Length && n > 0 ? n : row + 1;
            if (!targets.BeginRow(row))
            {
                reader.Skip();
                if (targets.FinishedAfter(row)) return;
                continue;
            }
            if (!reader.IsEmptyElement) ScanRow(reader, targets, row);
            targets.EndRow(row);
            if (targets.FinishedAfter(row)) return;
        }
    }

    private void ScanRow(Utf8PartReader reader, SheetTargets targets, int row)
    {
        var outside = reader.Depth - 1;
        var column = 0;
        while (reader.ReadWithin(outside))
        {
            if (!reader.NameIs("c"u8))
            {
                reader.Skip();
                continue;
            }
            column = reader.TryGetAttribute("r"u8, out var address) && ColumnOf(address) is var found && found > 0 ? found : column + 1;
            if (reader.IsEmptyElement || !targets.WantsCell(row, column))
            {
                reader.Skip();
                continue;
            }
            var type = reader.TryGetAttribute("t"u8, out var t) ? TypeOf(t) : CellType.Number;
            var (kind, text) = ReadValue(reader, type);
            if (kind != RawCellKind.Empty) targets.Cell(row, column, kind, text);
        }
    }

    // Reads the cell's children up to its end tag: the value <v>, or an inline string <is>. A formula's text is passed
    // over, but a formula with no value saved (as scripts write them) is kept as such rather than read as blank.
    private (RawCellKind, string) ReadValue(Utf8PartReader reader, CellType type)
    {
        var outside = reader.Depth - 1;
        (RawCellKind, string) value = (RawCellKind.Empty, "");
        string? inline = null;
        var formula = false;
        while (reader.ReadWithin(outside))
        {
            if (reader.NameIs("v"u8)) value = Decode(type, reader);
            else if (reader.NameIs("is"u8)) inline = StringItem.Read(reader);
            else
            {
                formula |= reader.NameIs("f"u8);
                reader.Skip();
            }
        }
        if (inline is not null) return (RawCellKind.Text, inline);
        return formula && value.Item1 == RawCellKind.Empty ? (RawCellKind.UncalculatedFormula, "") : value;
    }

    private (RawCellKind, string) Decode(CellType type, Utf8PartReader reader)
    {
        // Shared-string indexes and numbers, nearly every cell, are read from the bytes without decoding them first.
        var bytes = reader.ReadContentBytes(out var plain);
        if (plain && type == CellType.Number) return bytes.IsEmpty ? (RawCellKind.Empty, "") : (RawCellKind.Number, _values.Get(bytes));
        if (plain && type == CellType.SharedString && Utf8Parser.TryParse(bytes, out int index, out var used) && used == bytes.Length)
            return (RawCellKind.Text, SharedString(index));
        var value = plain ? XmlContent.Decode(bytes) : XmlContent.DecodeMixed(bytes);
        switch (type)
        {
            case CellType.SharedString:
                return (RawCellKind.Text, SharedString(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1, value));
            case CellType.String:
                return (RawCellKind.Text, value);
            case CellType.Boolean:
                return (RawCellKind.Boolean, value.Trim() is "1" or "true" ? "1" : "0");
            case CellType.Error:
                return (RawCellKind.Error, value);
            case CellType.Date:
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                    ? (RawCellKind.Number, (date - new DateTime(1899, 12, 30)).TotalDays.ToString("R", CultureInfo.InvariantCulture))
                    : (RawCellKind.Text, value);
            default:
                return value.Length == 0 ? (RawCellKind.Empty, "") : (RawCellKind.Number, value);
        }
    }

    // `written` is the cell's text when it is not a plain index; the message is only formatted when it is needed.
    private string SharedString(int index, string? written = null) =>
        (uint)index < (uint)sharedStrings.Length
            ? sharedStrings[index]
            : throw new XmlException($"A cell refers to shared string {written ?? index.ToString(CultureInfo.InvariantCulture)}, which does not exist.");

    private static CellType TypeOf(ReadOnlySpan<byte> t) => t switch
    {
        [(byte)'s'] => CellType.SharedString,
        [(byte)'b'] => CellType.Boolean,
        [(byte)'e'] => CellType.Error,
        [(byte)'d'] => CellType.Date,
        _ when t.SequenceEqual("str"u8) || t.SequenceEqual("inlineStr"u8) => CellType.String,
        _ => CellType.Number,
    };

    // The column of "B12": letters first; 0 when there are none, so the caller counts on from the previous cell.
    private static int ColumnOf(ReadOnlySpan<byte> address)
    {
        var column = 0;
        foreach (var b in address)
        {
            var letter = (b | 0x20) - 'a';
            if ((uint)letter > 25) break;
            column = column * 26 + letter + 1;
            if (column > CellAddress.MaxColumn) return 0;
        }
        return column;
    }

    private enum CellType { Number, SharedString, String, Boolean, Error, Date }
}
