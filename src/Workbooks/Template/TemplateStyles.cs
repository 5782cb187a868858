using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using CellType = Ukspf.Domain.Template.CellType;

namespace Ukspf.Workbooks.Template;

/// <summary>
/// The template's cell styles. Input cells are the only unlocked ones, shaded so a council officer sees where to
/// type; everything else stays locked under sheet protection.
/// </summary>
internal static class TemplateStyles
{
    /// <summary>Plain locked text.</summary>
    public const uint Plain = 0;
    /// <summary>Sheet title.</summary>
    public const uint Title = 1;
    /// <summary>Table header: bold, shaded, bordered, wrapped.</summary>
    public const uint Header = 2;
    /// <summary>Input text (typed as text so references like 007 stay as written).</summary>
    public const uint InputText = 3;
    /// <summary>Input pounds.</summary>
    public const uint InputMoney = 4;
    /// <summary>Input date.</summary>
    public const uint InputDate = 5;
    /// <summary>Input number.</summary>
    public const uint InputNumber = 6;
    /// <summary>Input drop-down choice.</summary>
    public const uint InputChoice = 7;
    /// <summary>Input narrative: wrapped, top-aligned.</summary>
    public const uint InputNarrative = 8;
    /// <summary>Locked bold pounds (totals).</summary>
    public const uint TotalMoney = 9;
    /// <summary>Bold locked label.</summary>
    public const uint Label = 10;
    /// <summary>Wrapped locked instruction text.</summary>
    public const uint Instruction = 11;
    /// <summary>Locked pounds (pre-filled allocation).</summary>
    public const uint Money = 12;
    /// <summary>Locked date (pre-filled period and deadline).</summary>
    public const uint Date = 13;

    /// <summary>Custom number format id for pounds.</summary>
    public const uint MoneyFormatId = 164;
    /// <summary>Custom number format id for dates.</summary>
    public const uint DateFormatId = 165;
    private const uint TextFormatId = 49;

    /// <summary>The input style for a template cell type.</summary>
    public static uint InputFor(CellType type) => type switch
    {
        CellType.Money => InputMoney,
        CellType.Date => InputDate,
        CellType.Number => InputNumber,
        CellType.Choice => InputChoice,
        _ => InputText,
    };

    /// <summary>The stylesheet; the order of cell formats matches the constants above.</summary>
    public static Stylesheet Build() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = MoneyFormatId, FormatCode = "\"£\"#,##0.00" },
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" }) { Count = 2 },
        new Fonts(
            Font(bold: false, size: 11),
            Font(bold: true, size: 11),
            Font(bold: true, size: 14)) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFFFF2CC"),
            Solid("FFD9E1F2")) { Count = 4 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder())) { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Xf(0, font: 0, fill: 0, border: 0, locked: true),
            Xf(0, font: 2, fill: 0, border: 0, locked: true),
            Xf(0, font: 1, fill: 3, border: 1, locked: true, wrap: true),
            Xf(TextFormatId, font: 0, fill: 2, border: 1, locked: false),
            Xf(MoneyFormatId, font: 0, fill: 2, border: 1, locked: false),
            Xf(DateFormatId, font: 0, fill: 2, border: 1, locked: false),
            Xf(0, font: 0, fill: 2, border: 1, locked: false),
            Xf(0, font: 0, fill: 2, border: 1, locked: false),
            Xf(TextFormatId, font: 0, fill: 2, border: 1, locked: false, wrap: true),
            Xf(MoneyFormatId, font: 1, fill: 3, border: 1, locked: true),
            Xf(0, font: 1, fill: 0, border: 0, locked: true),
            Xf(0, font: 0, fill: 0, border: 0, locked: true, wrap: true),
            Xf(MoneyFormatId, font: 0, fill: 0, border: 0, locked: true),
            Xf(DateFormatId, font: 0, fill: 0, border: 0, locked: true)) { Count = 14 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold) font.AppendChild(new Bold());
        font.AppendChild(new FontSize { Val = size });
        font.AppendChild(new FontName { Val = "Calibri" });
        font.AppendChild(new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static Fill Solid(string argb) => new(new PatternFill(
        new ForegroundColor { Rgb = argb },
        new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Side<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } };

    private static CellFormat Xf(uint numFmt, uint font, uint fill, uint border, bool locked, bool wrap = false)
    {
        var xf = new CellFormat
        {
            NumberFormatId = numFmt,
            FontId = font,
            FillId = fill,
            BorderId = border,
            FormatId = 0,
            ApplyNumberFormat = numFmt != 0,
            ApplyFont = font != 0,
            ApplyFill = fill != 0,
            ApplyBorder = border != 0,
            ApplyProtection = !locked,
        };
        if (wrap)
        {
            xf.ApplyAlignment = true;
            xf.AppendChild(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top });
        }
        if (!locked) xf.AppendChild(new Protection { Locked = false });
        return xf;
    }
}
