using System.Globalization;
using Ukspf.Domain.Returns;

namespace Ukspf.Domain.Validation.Rules;

/// <summary>How findings write figures, so every message shows money and numbers the same way.</summary>
internal static class Figures
{
    /// <summary>"£1,200.50", or "-£500.00".</summary>
    public static string Money(decimal pounds) =>
        (pounds < 0 ? "-£" : "£") + Math.Abs(pounds).ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>"1,200.5": thousands separated, no trailing zeros.</summary>
    public static string Number(decimal value) => value.ToString("#,##0.############", CultureInfo.InvariantCulture);

    /// <summary>"67%", rounded to a whole percent.</summary>
    public static string Percent(decimal ratio) =>
        Math.Round(Saturating.Multiply(ratio, 100m), MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>"1 April 2025".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
