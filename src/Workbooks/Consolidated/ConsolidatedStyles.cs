using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Validation;
using Ukspf.Workbooks.Styles;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>The consolidated return's stylesheet and the index of each format in it, looked up once per workbook.</summary>
internal sealed class ConsolidatedStyles
{
    private ConsolidatedStyles()
    {
        var editor = StylesheetEditor.CreateDefault();
        Stylesheet = editor.Stylesheet;
        var red = editor.AddSolidFill(Palette.Red);
        var amber = editor.AddSolidFill(Palette.Amber);
        var green = editor.AddSolidFill(Palette.Green);
        Header = editor.AddCellFormat(fontId: editor.AddFont(bold: true), fillId: editor.AddSolidFill(Palette.Header), wrap: true);
        Money = editor.AddCellFormat(numberFormatId: editor.NumberFormat(Palette.Money));
        Percent = editor.AddCellFormat(numberFormatId: editor.NumberFormat(Palette.Percent));
        Date = editor.AddCellFormat(numberFormatId: editor.NumberFormat(Palette.Date));
        DateTime = editor.AddCellFormat(numberFormatId: editor.NumberFormat(Palette.DateTime));
        Whole = editor.AddCellFormat(numberFormatId: Palette.WholeNumberFormatId);
        OneDecimal = editor.AddCellFormat(numberFormatId: editor.NumberFormat(Palette.OneDecimal));
        Wrap = editor.AddCellFormat(wrap: true);
        Red = editor.AddCellFormat(fillId: red);
        Amber = editor.AddCellFormat(fillId: amber);
        Green = editor.AddCellFormat(fillId: green);
    }

    /// <summary>The stylesheet to save in the workbook's styles part.</summary>
    public Stylesheet Stylesheet { get; }

    /// <summary>Bold, shaded, wrapped header cells.</summary>
    public uint Header { get; }

    /// <summary>£#,##0.00.</summary>
    public uint Money { get; }

    /// <summary>0.0%.</summary>
    public uint Percent { get; }

    /// <summary>dd/mm/yyyy.</summary>
    public uint Date { get; }

    /// <summary>dd/mm/yyyy hh:mm.</summary>
    public uint DateTime { get; }

    /// <summary>#,##0.</summary>
    public uint Whole { get; }

    /// <summary>#,##0.0.</summary>
    public uint OneDecimal { get; }

    /// <summary>Wrapped long text.</summary>
    public uint Wrap { get; }

    /// <summary>Red fill.</summary>
    public uint Red { get; }

    /// <summary>Amber fill.</summary>
    public uint Amber { get; }

    /// <summary>Green fill.</summary>
    public uint Green { get; }

    /// <summary>Builds the stylesheet.</summary>
    public static ConsolidatedStyles Create() => new();

    /// <summary>The fill of a RAG rating.</summary>
    public uint For(Rag rag) => rag switch
    {
        Rag.Red => Red,
        Rag.Amber => Amber,
        _ => Green,
    };

    /// <summary>The fill of a severity.</summary>
    public uint For(Severity severity) => severity == Severity.Error ? Red : Amber;

    /// <summary>How quantities in a unit are shown; figures stay exact whatever the format.</summary>
    public uint For(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Count or IndicatorUnit.SquareMetres => Whole,
        IndicatorUnit.Fte or IndicatorUnit.TonnesCo2e => OneDecimal,
        IndicatorUnit.Pounds => Money,
        _ => 0,
    };
}
