using System.Globalization;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>Reads dates: Excel serial numbers, and text in ISO or UK day-first form.</summary>
internal static class DateText
{
    private static readonly DateOnly SerialEpoch = new(1899, 12, 30);

    // Day-first only: a council in the UK writing 01/04/2025 means 1 April.
    private static readonly string[] TextFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "dd-MM-yyyy", "d.M.yyyy",
        "d/M/yy", "d MMMM yyyy", "d MMM yyyy", "dd MMMM yyyy", "dd MMM yyyy",
    ];

    /// <summary>The largest serial Excel can show as a date (31 December 9999).</summary>
    private const int MaxSerial = 2958465;

    /// <summary>A stored number as days since 30 December 1899 (Excel's serial dates); any time of day is dropped.</summary>
    public static bool TryFromSerial(decimal serial, out DateOnly date)
    {
        date = default;
        var days = decimal.Floor(serial);
        if (days < 1 || days > MaxSerial) return false;
        date = SerialEpoch.AddDays((int)days);
        return true;
    }

    /// <summary>Text such as "2025-04-01", "01/04/2025" or "1 April 2025".</summary>
    public static bool TryParseTyped(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), TextFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);

    /// <summary>The serial number Excel stores for a date.</summary>
    public static int ToSerial(DateOnly date) => date.DayNumber - SerialEpoch.DayNumber;
}
