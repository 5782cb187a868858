namespace Ukspf.Domain.Workbook;

/// <summary>What kind of value a worksheet cell held.</summary>
public enum RawCellKind
{
    /// <summary>No value.</summary>
    Empty,

    /// <summary>A number (dates are numbers: serial days since 1899-12-30).</summary>
    Number,

    /// <summary>Text (shared, inline or a formula's string result).</summary>
    Text,

    /// <summary>TRUE or FALSE.</summary>
    Boolean,

    /// <summary>An error value such as #DIV/0!.</summary>
    Error,

    /// <summary>
    /// A formula whose result the file does not hold (no cached value): files written by scripts often have none,
    /// as only a spreadsheet program works formulas out. Its text is empty; the value is unknown, not blank.
    /// </summary>
    UncalculatedFormula,
}
