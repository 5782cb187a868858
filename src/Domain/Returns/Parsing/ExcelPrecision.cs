using System.Globalization;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>
/// Excel keeps a number as a binary double and shows and compares it to 15 significant digits, so 8862.389999999999
/// (what openpyxl or pandas store for £8,862.39) is 8862.39 to Excel and to the council. This rounds a double the
/// same way: its exact value, half away from zero at the 15th significant digit. Nothing is allocated.
/// </summary>
internal static class ExcelPrecision
{
    /// <summary>The significant digits Excel keeps.</summary>
    public const int Digits = 15;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The double as Excel shows it, trailing zeros dropped; false when a decimal cannot hold it.</summary>
    public static bool TryRound(double number, out decimal value)
    {
        value = 0;
        // 17 significant digits, correctly rounded from the exact value: "-8.8623899999999994E+003".
        Span<char> text = stackalloc char[32];
        if (!double.IsFinite(number) || !number.TryFormat(text, out var length, "E16", Invariant)) return false;
        var negative = text[0] == '-';
        var first = negative ? 1 : 0;
        var mantissa = (long)(text[first] - '0');
        for (var i = first + 2; i < first + 1 + Digits; i++) mantissa = mantissa * 10 + (text[i] - '0');
        var (sixteenth, seventeenth) = (text[first + 1 + Digits] - '0', text[first + 2 + Digits] - '0');
        // The 17 digits are within half a unit of the last of them from the exact value: only "50" cannot tell.
        if (sixteenth > 5 || (sixteenth == 5 && (seventeenth > 0 || ExactlyHalfOrMore(number)))) mantissa++;
        var power = int.Parse(text[(first + 4 + Digits)..length], NumberStyles.AllowLeadingSign, Invariant) - (Digits - 1);
        return TryCompose(negative, mantissa, power, out value);
    }

    /// <summary>Whether the exact value's 16th significant digit is 5 or more, read from 41 correctly rounded digits.</summary>
    private static bool ExactlyHalfOrMore(double number)
    {
        Span<char> text = stackalloc char[64];
        number.TryFormat(text, out _, "E40", Invariant);
        return text[(text[0] == '-' ? 1 : 0) + 1 + Digits] >= '5';
    }

    /// <summary>mantissa × 10^power as a decimal, as decimal.Parse reads it, with the mantissa's trailing zeros dropped.</summary>
    private static bool TryCompose(bool negative, long mantissa, int power, out decimal value)
    {
        value = 0;
        if (mantissa == 0) return true;
        while (mantissa % 10 == 0)
        {
            mantissa /= 10;
            power++;
        }
        if (power is <= 0 and >= -28)
        {
            value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)-power);
            return true;
        }
        // Very large or very small: decimal.Parse decides whether it fits, and how far to round a tiny one.
        Span<char> text = stackalloc char[32];
        var at = 0;
        if (negative) text[at++] = '-';
        mantissa.TryFormat(text[at..], out var written, provider: Invariant);
        at += written;
        text[at++] = 'E';
        power.TryFormat(text[at..], out written, provider: Invariant);
        return decimal.TryParse(text[..(at + written)], NumberStyles.Float, Invariant, out value);
    }
}
