using System.Globalization;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>
/// Reads numbers: from a number cell's stored text as Excel reads it (exactly up to 15 significant digits, as Excel
/// shows it beyond), leniently from text a council typed ("£1,200.50").
/// </summary>
internal static class NumberText
{
    private const NumberStyles Stored = NumberStyles.Float;

    /// <summary>Digits that always fit a long, so a plain number cannot overflow while it is read.</summary>
    private const int MaxPlainLength = 18;

    /// <summary>
    /// A number cell's invariant text, e.g. "1200.5" or "1E-3": exactly as a decimal when it has at most 15
    /// significant digits, otherwise as the double it is rounded to 15 significant digits, as Excel shows it
    /// ("8862.389999999999" is 8862.39).
    /// </summary>
    public static NumberReading ReadStored(string text, out decimal value) =>
        TryParsePlain(text, out value) ? NumberReading.Read : ReadOther(text, out value);

    /// <summary>
    /// Nearly every stored number is unsigned digits with at most one point and 15 significant digits, e.g.
    /// "7868.28": read those directly, as decimal.Parse would, digits after the point kept as the scale ("0.10" stays
    /// 0.10). A large return has a hundred thousand such cells; anything else (a sign, an exponent, float noise) is
    /// left to <see cref="ReadOther"/>.
    /// </summary>
    private static bool TryParsePlain(string text, out decimal value)
    {
        value = 0;
        if (text.Length is 0 or > MaxPlainLength) return false;
        long digits = 0;
        var scale = -1;
        var significant = 0;
        foreach (var c in text)
        {
            if (c == '.' && scale < 0)
            {
                scale = 0;
                continue;
            }
            if (!char.IsAsciiDigit(c)) return false;
            digits = digits * 10 + (c - '0');
            if (digits != 0) significant++;
            if (scale >= 0) scale++;
        }
        // A lone point, one with no digits after it, or more digits than Excel keeps are for ReadOther to judge.
        if (scale == 0 || significant > ExcelPrecision.Digits) return false;
        value = new decimal((int)digits, (int)(digits >> 32), 0, isNegative: false, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>Any other number text: exactly when Excel would keep every digit, else rounded as Excel shows it.</summary>
    private static NumberReading ReadOther(string text, out decimal value)
    {
        value = 0;
        if (!double.TryParse(text, Stored, CultureInfo.InvariantCulture, out var number) || double.IsNaN(number)) return NumberReading.NotANumber;
        // "Infinity" is a word, not a figure; "1E+400" is a figure no double holds.
        if (double.IsInfinity(number)) return text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? NumberReading.TooLarge : NumberReading.NotANumber;
        var read = SignificantDigits(text) <= ExcelPrecision.Digits
            ? decimal.TryParse(text, Stored, CultureInfo.InvariantCulture, out value)
            : ExcelPrecision.TryRound(number, out value);
        return read ? NumberReading.Read : NumberReading.TooLarge;
    }

    /// <summary>The digits from the first that is not 0 to the last that is not 0, before any exponent.</summary>
    private static int SignificantDigits(string text)
    {
        int first = -1, last = -1, position = 0;
        foreach (var c in text)
        {
            if (c is 'e' or 'E') break;
            if (!char.IsAsciiDigit(c)) continue;
            if (c != '0')
            {
                if (first < 0) first = position;
                last = position;
            }
            position++;
        }
        return first < 0 ? 0 : last - first + 1;
    }

    /// <summary>
    /// Text such as "£1,200.50", "1,200", " 1200 " or "-£50": a pound sign and thousands separators are allowed,
    /// but commas must separate groups of three digits so that "1,5" is not silently read as 15.
    /// </summary>
    public static NumberReading ReadTyped(string text, out decimal value)
    {
        value = 0;
        var t = text.Replace('\u00A0', ' ').Trim();
        var negative = t.StartsWith('-');
        if (negative) t = t[1..].TrimStart();
        if (t.StartsWith('£')) t = t[1..].TrimStart();
        if (!negative && t.StartsWith('-'))
        {
            negative = true;
            t = t[1..].TrimStart();
        }
        if (t.Length == 0 || !GroupsAreValid(t)) return NumberReading.NotANumber;
        var digits = t.Replace(",", "");
        const NumberStyles unsigned = Stored & ~NumberStyles.AllowLeadingSign;
        if (!decimal.TryParse(digits, unsigned, CultureInfo.InvariantCulture, out value))
            return double.TryParse(digits, unsigned, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number) && digits.AsSpan().IndexOfAnyInRange('0', '9') >= 0
                ? NumberReading.TooLarge
                : NumberReading.NotANumber;
        if (negative) value = -value;
        return NumberReading.Read;
    }

    private static bool GroupsAreValid(string t)
    {
        if (!t.Contains(',')) return true;
        var whole = t.Split('.')[0];
        var groups = whole.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3) && groups.All(g => g.All(char.IsAsciiDigit));
    }
}
