namespace Ukspf.Workbooks.Template;

/// <summary>Excel's date serial numbers (days since 30 December 1899, the 1900 date system).</summary>
internal static class ExcelDates
{
    private static readonly int Epoch = new DateOnly(1899, 12, 30).DayNumber;

    /// <summary>The serial of a date: 1 January 2025 is 45658.</summary>
    public static int Serial(DateOnly date) => date.DayNumber - Epoch;

    /// <summary>The date of a whole serial.</summary>
    public static DateOnly FromSerial(int serial) => DateOnly.FromDayNumber(serial + Epoch);
}
