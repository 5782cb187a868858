using ClosedXML.Excel;
using Ukspf.Workbooks.Styles;
using CellType = Ukspf.Domain.Template.CellType;

namespace Ukspf.Workbooks.Template;

/// <summary>
/// The template's looks. Input cells are the only unlocked ones, shaded so a council officer sees where to type;
/// everything else stays locked under sheet protection. Cells carried forward from the last accepted return are
/// input cells of another shade.
/// </summary>
internal static class TemplateStyles
{
    /// <summary>Sheet title: bold, larger.</summary>
    public static void Title(IXLStyle style)
    {
        style.Font.Bold = true;
        style.Font.FontSize = 14;
    }

    /// <summary>Bold locked label.</summary>
    public static void Label(IXLStyle style) => style.Font.Bold = true;

    /// <summary>Wrapped, top-aligned locked text.</summary>
    public static void Instruction(IXLStyle style)
    {
        style.Alignment.WrapText = true;
        style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }

    /// <summary>Table header: bold, shaded, bordered, wrapped, locked.</summary>
    public static void Header(IXLStyle style)
    {
        Label(style);
        Instruction(style);
        Shaded(style, Palette.Header);
    }

    /// <summary>An unlocked input cell of <paramref name="type"/>; text cells keep what is typed (references like 007).</summary>
    public static void Input(IXLStyle style, CellType type)
    {
        Shaded(style, Palette.Input);
        style.Protection.Locked = false;
        switch (type)
        {
            case CellType.Money:
                style.NumberFormat.Format = Palette.Money;
                break;
            case CellType.Date:
                style.NumberFormat.Format = Palette.Date;
                break;
            case CellType.Text:
                style.NumberFormat.NumberFormatId = Palette.TextFormatId;
                break;
        }
    }

    /// <summary>An unlocked input cell for a long answer: wrapped, top-aligned.</summary>
    public static void Narrative(IXLStyle style)
    {
        Input(style, CellType.Text);
        Instruction(style);
    }

    /// <summary>Marks an input cell as carried forward; it stays unlocked, so the officer can change it.</summary>
    public static void CarriedForward(IXLStyle style) => style.Fill.BackgroundColor = XLColor.FromHtml("#" + Palette.CarriedForward);

    /// <summary>Locked bold pounds, shaded as headers (the totals).</summary>
    public static void Total(IXLStyle style)
    {
        Header(style);
        style.Alignment.WrapText = false;
        style.NumberFormat.Format = Palette.Money;
    }

    /// <summary>Locked pounds (the allocations).</summary>
    public static void Money(IXLStyle style) => style.NumberFormat.Format = Palette.Money;

    /// <summary>Locked date (the period and deadline).</summary>
    public static void Date(IXLStyle style) => style.NumberFormat.Format = Palette.Date;

    private static void Shaded(IXLStyle style, string argb)
    {
        style.Fill.BackgroundColor = XLColor.FromHtml("#" + argb);
        style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        style.Border.OutsideBorderColor = XLColor.FromHtml("#" + Palette.Border);
    }
}
