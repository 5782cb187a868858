namespace Ukspf.Domain.Returns;

/// <summary>
/// Arithmetic on figures that cannot overflow. Every amount and figure of a return is bounded (see
/// <see cref="Validation.ValidationSettings.MaxAmount"/>), so sums of them fit a decimal; a quotient need not: a
/// target of 1E-20 units makes any delivery an enormous share of it. Such a share is given as the largest decimal of
/// its sign, which every threshold and message treats as "far more".
/// </summary>
internal static class Saturating
{
    /// <summary><paramref name="part"/> / <paramref name="whole"/>, or the largest decimal of its sign; 0 when <paramref name="whole"/> is 0.</summary>
    public static decimal Divide(decimal part, decimal whole)
    {
        if (whole == 0m) return 0m;
        try
        {
            return part / whole;
        }
        catch (OverflowException)
        {
            return (part < 0m) == (whole < 0m) ? decimal.MaxValue : decimal.MinValue;
        }
    }

    /// <summary><paramref name="a"/> × <paramref name="b"/>, or the largest decimal of its sign.</summary>
    public static decimal Multiply(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return (a < 0m) == (b < 0m) ? decimal.MaxValue : decimal.MinValue;
        }
    }
}
