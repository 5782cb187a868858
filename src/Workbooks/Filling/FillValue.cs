using System.Globalization;
using Ukspf.Workbooks.Template;

namespace Ukspf.Workbooks.Filling;

/// <summary>A value to put in a cell: text, a number in invariant form, or nothing.</summary>
internal readonly record struct FillValue(string? Content, bool IsNumber)
{
    /// <summary>Leaves the cell empty.</summary>
    public static FillValue None => default;

    /// <summary>Text; null or empty leaves the cell empty.</summary>
    public static FillValue Text(string? text) => string.IsNullOrEmpty(text) ? None : new(text, false);

    /// <summary>A number written without trailing zeros, as Excel stores it (1200.50 becomes "1200.5").</summary>
    public static FillValue Number(decimal value) => new(value.ToString("0.############################", CultureInfo.InvariantCulture), true);

    /// <summary>A number, or nothing.</summary>
    public static FillValue Number(decimal? value) => value is { } v ? Number(v) : None;

    /// <summary>A date as Excel's serial day number, or nothing.</summary>
    public static FillValue Date(DateOnly? date) =>
        date is { } d ? new(ExcelDates.Serial(d).ToString(CultureInfo.InvariantCulture), true) : None;
}
