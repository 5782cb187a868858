using System.Globalization;

namespace Ukspf.Portal.Pages;

/// <summary>How pages write money and shares.</summary>
public static class Money
{

    /// <summary>"£1,234,567" (whole pounds; figures to the penny are in the downloads).</summary>
    public static string Pounds(decimal amount) => (amount < 0 ? "-£" : "£") + Math.Abs(Math.Round(amount, 0, MidpointRounding.AwayFromZero)).ToString("#,0", CultureInfo.InvariantCulture);
}
