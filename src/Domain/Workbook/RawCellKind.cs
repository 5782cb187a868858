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
}
