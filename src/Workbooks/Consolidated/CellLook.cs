using ClosedXML.Excel;
using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Ukspf.Workbooks.Styles;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>How a published cell looks: its number format, its fill, whether long text wraps. Figures stay exact whatever the format.</summary>
/// <param name="Format">A number format code, or null for General.</param>
/// <param name="FormatId">A built-in number format id, used when <paramref name="Format"/> is null.</param>
/// <param name="Fill">A solid fill (ARGB), or null for none.</param>
/// <param name="Wrap">Whether text wraps, top-aligned.</param>
internal readonly record struct CellLook(string? Format = null, int? FormatId = null, string? Fill = null, bool Wrap = false)
{
    /// <summary>No format, no fill.</summary>
    public static CellLook Plain => default;

    /// <summary>Pounds and pence.</summary>
    public static CellLook Money { get; } = new(Palette.Money);

    /// <summary>Rates and shares.</summary>
    public static CellLook Percent { get; } = new(Palette.Percent);

    /// <summary>A calendar date.</summary>
    public static CellLook Date { get; } = new(Palette.Date);

    /// <summary>A UTC date and time.</summary>
    public static CellLook DateTime { get; } = new(Palette.DateTime);

    /// <summary>Whole numbers with thousands separators (Excel's built-in format).</summary>
    public static CellLook Whole { get; } = new(FormatId: (int)Palette.WholeNumberFormatId);

    /// <summary>Quantities to one decimal place.</summary>
    public static CellLook OneDecimal { get; } = new(Palette.OneDecimal);

    /// <summary>Long text, wrapped.</summary>
    public static CellLook Wrapped { get; } = new(Wrap: true);

    /// <summary>The bold, shaded, wrapped header row.</summary>
    public static CellLook Header { get; } = new(Fill: Palette.Header, Wrap: true);

    /// <summary>The fill of a RAG rating.</summary>
    public static CellLook For(Rag rag) => new(Fill: rag switch
    {
        Rag.Red => Palette.Red,
        Rag.Amber => Palette.Amber,
        _ => Palette.Green,
    });

    /// <summary>The fill of a severity.</summary>
    public static CellLook For(Severity severity) => new(Fill: severity == Severity.Error ? Palette.Red : Palette.Amber);

    /// <summary>The fill of what became of a submission: green accepted, red rejected or failed, none otherwise.</summary>
    public static CellLook For(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Accepted => new(Fill: Palette.Green),
        SubmissionStatus.Rejected or SubmissionStatus.Failed => new(Fill: Palette.Red),
        _ => Plain,
    };

    /// <summary>How quantities in a unit are shown.</summary>
    public static CellLook For(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Count or IndicatorUnit.SquareMetres => Whole,
        IndicatorUnit.Fte or IndicatorUnit.TonnesCo2e => OneDecimal,
        IndicatorUnit.Pounds => Money,
        _ => Plain,
    };

    /// <summary>Whether the look changes anything.</summary>
    public bool IsPlain => this == default;

    /// <summary>Gives <paramref name="style"/> this look.</summary>
    public void ApplyTo(IXLStyle style)
    {
        if (Format is not null) style.NumberFormat.Format = Format;
        else if (FormatId is { } id) style.NumberFormat.NumberFormatId = id;
        if (Fill is not null) style.Fill.BackgroundColor = XLColor.FromHtml("#" + Fill);
        if (Wrap)
        {
            style.Alignment.WrapText = true;
            style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }
    }
}
