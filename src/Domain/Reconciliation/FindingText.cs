using System.Globalization;
using Ukspf.Domain.Returns;

namespace Ukspf.Domain.Reconciliation;

/// <summary>Figures written the way a fund manager reads them: "£312,000.00", "117%", "31 July 2024".</summary>
internal static class FindingText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Money(decimal pounds) =>
        pounds < 0m ? "-£" + (-pounds).ToString("N2", Invariant) : "£" + pounds.ToString("N2", Invariant);

    public static string Percent(decimal part, decimal whole) =>
        Math.Round(Saturating.Multiply(Saturating.Divide(part, whole), 100m), 0, MidpointRounding.AwayFromZero).ToString("0", Invariant) + "%";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Invariant);

    /// <summary>Indicator figures: whole numbers without decimals, FTE and areas with as many as they have (up to 2).</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", Invariant);

    public static string Plural(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
