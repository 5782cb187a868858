using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ukspf.Workbooks.Styles;

/// <summary>
/// Adds fonts, fills, number formats and cell formats to a stylesheet, ours or a council's, and returns their
/// indexes. Existing entries are never changed, so cells already styled keep their look.
/// </summary>
internal sealed class StylesheetEditor
{
    /// <summary>The first id Excel leaves for custom number formats.</summary>
    private const uint FirstCustomFormatId = 164;

    public StylesheetEditor(Stylesheet stylesheet)
    {
        Stylesheet = stylesheet;
        stylesheet.Fonts ??= new Fonts(new Font());
        if (!stylesheet.Fonts.Elements<Font>().Any()) stylesheet.Fonts.Append(new Font());
        stylesheet.Fills ??= new Fills();
        EnsureReservedFills(stylesheet.Fills);
        stylesheet.Borders ??= new Borders(new Border());
        if (!stylesheet.Borders.Elements<Border>().Any()) stylesheet.Borders.Append(new Border());
        stylesheet.CellStyleFormats ??= new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 });
        stylesheet.CellFormats ??= new CellFormats();
        if (!stylesheet.CellFormats.Elements<CellFormat>().Any())
        {
            stylesheet.CellFormats.Append(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 });
        }

        stylesheet.CellStyles ??= new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 });
        UpdateCounts();
    }

    /// <summary>The stylesheet being edited.</summary>
    public Stylesheet Stylesheet { get; }

    /// <summary>A stylesheet with only Excel's required defaults (Calibri 11, no fill, no border).</summary>
    public static StylesheetEditor CreateDefault() => new(new Stylesheet(
        new Fonts(new Font(new FontSize { Val = 11 }, new Color { Theme = 1 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }))));

    /// <summary>A copy of the workbook's default font, bold and optionally larger, coloured or underlined.</summary>
    public uint AddFont(bool bold, double? size = null, string? argb = null, bool underline = false)
    {
        var children = Stylesheet.Fonts!.Elements<Font>().First().ChildElements.Select(c => c.CloneNode(true)).ToList();
        if (bold && !children.OfType<Bold>().Any()) children.Add(new Bold());
        if (underline && !children.OfType<Underline>().Any()) children.Add(new Underline());
        if (size is not null)
        {
            children.RemoveAll(c => c is FontSize);
            children.Add(new FontSize { Val = size });
        }

        if (argb is not null)
        {
            children.RemoveAll(c => c is Color);
            children.Add(new Color { Rgb = argb });
        }

        // The schema fixes the order of a font's children.
        Stylesheet.Fonts.Append(new Font(children.OrderBy(c => Array.IndexOf(FontChildOrder, c.LocalName) is var i && i < 0 ? int.MaxValue : i)));
        UpdateCounts();
        return (uint)Stylesheet.Fonts.ChildElements.Count - 1;
    }

    private static readonly string[] FontChildOrder =
        ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"];

    /// <summary>A solid fill of the given colour (ARGB hex, e.g. "FFFFC7CE").</summary>
    public uint AddSolidFill(string argb)
    {
        Stylesheet.Fills!.Append(new Fill(new PatternFill(
            new ForegroundColor { Rgb = argb },
            new BackgroundColor { Indexed = 64 })
        { PatternType = PatternValues.Solid }));
        UpdateCounts();
        return (uint)Stylesheet.Fills.ChildElements.Count - 1;
    }

    /// <summary>The id of a number format code, reusing one the stylesheet already has.</summary>
    public uint NumberFormat(string formatCode)
    {
        Stylesheet.NumberingFormats ??= new NumberingFormats();
        var formats = Stylesheet.NumberingFormats.Elements<NumberingFormat>().ToList();
        var existing = formats.FirstOrDefault(f => f.FormatCode?.Value == formatCode);
        if (existing?.NumberFormatId is not null) return existing.NumberFormatId.Value;
        var id = Math.Max(FirstCustomFormatId, formats.Select(f => f.NumberFormatId?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1);
        Stylesheet.NumberingFormats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = formatCode });
        UpdateCounts();
        return id;
    }

    /// <summary>A new cell format; returns its index for a cell's <c>s</c> attribute.</summary>
    public uint AddCellFormat(uint fontId = 0, uint fillId = 0, uint numberFormatId = 0, bool wrap = false)
    {
        var format = new CellFormat { NumberFormatId = numberFormatId, FontId = fontId, FillId = fillId, BorderId = 0, FormatId = 0 };
        if (numberFormatId != 0) format.ApplyNumberFormat = true;
        if (fontId != 0) format.ApplyFont = true;
        if (fillId != 0) format.ApplyFill = true;
        if (wrap)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top });
        }

        return Append(format);
    }

    /// <summary>A copy of an existing cell format with a different fill: the cell keeps its number format, font and borders.</summary>
    public uint CloneWithFill(uint cellFormatIndex, uint fillId)
    {
        var formats = Stylesheet.CellFormats!;
        var source = formats.Elements<CellFormat>().ElementAtOrDefault((int)cellFormatIndex) ?? formats.Elements<CellFormat>().First();
        var clone = (CellFormat)source.CloneNode(true);
        clone.FillId = fillId;
        clone.ApplyFill = true;
        return Append(clone);
    }

    private uint Append(CellFormat format)
    {
        Stylesheet.CellFormats!.Append(format);
        UpdateCounts();
        return (uint)Stylesheet.CellFormats.ChildElements.Count - 1;
    }

    private static void EnsureReservedFills(Fills fills)
    {
        // Excel reserves fills 0 and 1 (none and gray125) whatever the file says.
        var count = fills.Elements<Fill>().Count();
        if (count == 0) fills.Append(new Fill(new PatternFill { PatternType = PatternValues.None }));
        if (count < 2) fills.Append(new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
    }

    private void UpdateCounts()
    {
        var s = Stylesheet;
        if (s.NumberingFormats is not null) s.NumberingFormats.Count = (uint)s.NumberingFormats.ChildElements.Count;
        s.Fonts!.Count = (uint)s.Fonts.ChildElements.Count;
        s.Fills!.Count = (uint)s.Fills.ChildElements.Count;
        s.Borders!.Count = (uint)s.Borders.ChildElements.Count;
        s.CellStyleFormats!.Count = (uint)s.CellStyleFormats.ChildElements.Count;
        s.CellFormats!.Count = (uint)s.CellFormats.ChildElements.Count;
        s.CellStyles!.Count = (uint)s.CellStyles.ChildElements.Count;
    }
}
