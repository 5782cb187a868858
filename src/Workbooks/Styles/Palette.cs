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

    /// <summary>Light yellow: the cells a council officer types in.</summary>
    public const string Input = "FFFFF2CC";

    /// <summary>Light green: input cells carried forward from the council's last accepted return.</summary>
    public const string CarriedForward = "FFE2EFDA";

    /// <summary>Grey of the thin borders around input and header cells.</summary>
    public const string Border = "FFBFBFBF";

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

    /// <summary>Whole numbers with thousands separators.</summary>
    public const string WholeNumber = "#,##0";

    /// <summary>Excel's built-in id of <see cref="WholeNumber"/>.</summary>
    public const uint WholeNumberFormatId = 3;

    /// <summary>Excel's built-in id of "@", text as typed.</summary>
    public const int TextFormatId = 49;
}
