using System.Globalization;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Tests.Builders;

/// <summary>A value to put in a raw cell: what the workbook reader would give for a number, text, date, error...</summary>
/// <param name="Kind">The kind of value.</param>
/// <param name="Stored">Its text as stored, numbers in invariant form.</param>
public sealed record CellValue(RawCellKind Kind, string Stored)
{
    /// <summary>An empty cell.</summary>
    public static CellValue Blank { get; } = new(RawCellKind.Empty, "");

    /// <summary>A number cell.</summary>
    public static CellValue Number(decimal value) => new(RawCellKind.Number, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number cell holding exactly this stored text, e.g. "1E-3".</summary>
    public static CellValue StoredNumber(string text) => new(RawCellKind.Number, text);

    /// <summary>A text cell.</summary>
    public static CellValue Text(string text) => new(RawCellKind.Text, text);

    /// <summary>A date as Excel stores it: a serial number of days since 30 December 1899.</summary>
    public static CellValue Date(DateOnly date) => Number(date.DayNumber - new DateOnly(1899, 12, 30).DayNumber);

    /// <summary>An error value such as #DIV/0!.</summary>
    public static CellValue Error(string text) => new(RawCellKind.Error, text);

    /// <summary>A formula whose result the file does not hold, as scripts write them.</summary>
    public static CellValue UncalculatedFormula { get; } = new(RawCellKind.UncalculatedFormula, "");

    /// <summary>TRUE or FALSE.</summary>
    public static CellValue Boolean(bool value) => new(RawCellKind.Boolean, value ? "1" : "0");

    /// <summary>Text for a non-empty string, blank otherwise.</summary>
    public static CellValue TextOrBlank(string? text) => string.IsNullOrEmpty(text) ? Blank : Text(text);

    /// <summary>A number for a non-zero amount, blank otherwise (as councils leave unused amount cells).</summary>
    public static CellValue AmountOrBlank(decimal? value) => value is null or 0m ? Blank : Number(value.Value);

    /// <summary>A number, or blank for none.</summary>
    public static CellValue NumberOrBlank(decimal? value) => value is null ? Blank : Number(value.Value);
}
