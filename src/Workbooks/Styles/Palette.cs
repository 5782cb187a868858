namespace Ukspf.Workbooks.Styles;

/// <summary>The colours and number formats every workbook we write uses, so feedback and published returns agree.</summary>
internal static class Palette
{
    /// <summary>Light red: errors, Red RAG, rejected.</summary>
    public const string Red = "FFFFC7CE";

    /// <summary>Light amber: warnings, Amber RAG.</summary>
    public const string Amber = "FFFFE0A3";

    /// <summary>Light green: Green RAG, accepted.</summary>
    public const string Green = "FFC6EFCE";

    /// <summary>Light grey behind header rows.</summary>
    public const string Header = "FFD9E1F2";

    /// <summary>Link blue.</summary>
    public const string Link = "FF0563C1";

    /// <summary>Pounds and pence.</summary>
    public const string Money = "\"£\"#,##0.00";

    /// <summary>Rates and shares, one decimal place.</summary>
    public const string Percent = "0.0%";

    /// <summary>UK calendar date.</summary>
    public const string Date = "dd/mm/yyyy";

    /// <summary>UK date and time.</summary>
    public const string DateTime = "dd/mm/yyyy hh:mm";

    /// <summary>Quantities such as FTE, one decimal place.</summary>
    public const string OneDecimal = "#,##0.0";

    /// <summary>Excel's built-in "#,##0".</summary>
    public const uint WholeNumberFormatId = 3;
}
