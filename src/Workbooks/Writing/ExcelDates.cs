namespace Ukspf.Workbooks.Writing;

/// <summary>Excel stores dates as days since 30 December 1899 (the 1900 date system, correct from March 1900).</summary>
internal static class ExcelDates
{
    private static readonly int Epoch = new DateOnly(1899, 12, 30).DayNumber;

    /// <summary>The serial of a calendar date.</summary>
    public static int Serial(DateOnly date) => date.DayNumber - Epoch;

    /// <summary>The serial of a moment, in UTC, with the time of day as the fraction.</summary>
    public static double Serial(DateTimeOffset moment)
    {
        var utc = moment.UtcDateTime;
        return Serial(DateOnly.FromDateTime(utc)) + utc.TimeOfDay.TotalSeconds / 86_400d;
    }
}
