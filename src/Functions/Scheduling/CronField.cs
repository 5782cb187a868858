using System.Globalization;

namespace Ukspf.Functions.Scheduling;

/// <summary>
/// One field of an NCRONTAB expression as the set of values it allows: a list of <c>*</c>, single values, ranges
/// <c>a-b</c> and steps <c>*/n</c>, <c>a-b/n</c> or <c>a/n</c>, with month or day names where the field has them.
/// </summary>
internal sealed class CronField
{
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private readonly ulong mask;

    private CronField(ulong mask, bool isWildcard)
    {
        this.mask = mask;
        IsWildcard = isWildcard;
    }

    /// <summary>True when the field is <c>*</c> (or <c>?</c>): it places no restriction.</summary>
    public bool IsWildcard { get; }

    public bool Contains(int value) => value is >= 0 and < 64 && (mask & (1UL << value)) != 0;

    public static CronField Second(string text) => Parse(text, "second", 0, 59, null);

    public static CronField Minute(string text) => Parse(text, "minute", 0, 59, null);

    public static CronField Hour(string text) => Parse(text, "hour", 0, 23, null);

    public static CronField DayOfMonth(string text) => Parse(text, "day of month", 1, 31, null);

    public static CronField Month(string text) => Parse(text, "month", 1, 12, MonthNames, nameOffset: 1);

    /// <summary>Day of week 0-6 from Sunday; 7 is Sunday too, as in most crons.</summary>
    public static CronField DayOfWeek(string text)
    {
        var field = Parse(text, "day of week", 0, 7, DayNames);
        var mask = field.mask;
        if ((mask & (1UL << 7)) != 0)
        {
            mask = (mask & ~(1UL << 7)) | 1UL;
        }

        return new CronField(mask, field.IsWildcard);
    }

    private static CronField Parse(string text, string fieldName, int min, int max, string[]? names, int nameOffset = 0)
    {
        if (text is "*" or "?")
        {
            return new CronField(Range(min, max, 1), isWildcard: true);
        }

        ulong mask = 0;
        foreach (var item in text.Split(','))
        {
            mask |= ParseItem(item, fieldName, min, max, names, nameOffset);
        }

        return new CronField(mask, isWildcard: false);
    }

    private static ulong ParseItem(string item, string fieldName, int min, int max, string[]? names, int nameOffset)
    {
        var slash = item.IndexOf('/', StringComparison.Ordinal);
        var rangePart = slash < 0 ? item : item[..slash];
        var step = 1;
        if (slash >= 0 && (!int.TryParse(item[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1))
        {
            throw Invalid(fieldName, item, "the step after '/' must be a whole number of at least 1");
        }

        int low, high;
        if (rangePart is "*" or "?")
        {
            (low, high) = (min, max);
        }
        else if (rangePart.IndexOf('-', StringComparison.Ordinal) is var dash and > 0)
        {
            low = Value(rangePart[..dash], fieldName, min, max, names, nameOffset);
            high = Value(rangePart[(dash + 1)..], fieldName, min, max, names, nameOffset);
            if (high < low)
            {
                throw Invalid(fieldName, item, "a range must run from low to high");
            }
        }
        else
        {
            low = Value(rangePart, fieldName, min, max, names, nameOffset);
            // "a/n" means every n-th value from a to the end of the field.
            high = slash >= 0 ? max : low;
        }

        return Range(low, high, step);
    }

    private static int Value(string text, string fieldName, int min, int max, string[]? names, int nameOffset)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= min && number <= max ? number : throw Invalid(fieldName, text, $"values run from {min} to {max}");
        }

        var index = names is null ? -1 : Array.IndexOf(names, text.ToUpperInvariant());
        return index >= 0 ? index + nameOffset : throw Invalid(fieldName, text, names is null ? "it is not a number" : "it is neither a number nor a known name");
    }

    private static ulong Range(int low, int high, int step)
    {
        ulong mask = 0;
        for (var v = low; v <= high; v += step)
        {
            mask |= 1UL << v;
        }

        return mask;
    }

    private static FormatException Invalid(string fieldName, string text, string why) =>
        new($"The {fieldName} field '{text}' is not valid: {why}.");
}
