using System.Text.RegularExpressions;

namespace Ukspf.Domain.Returns;

/// <summary>
/// Turns a delivery organisation's charity or company number into its org-id.guide identifier. Where two registers'
/// numbers look alike the first match wins, in this order: Scotland's charities (SC and 6 digits), Northern Ireland's
/// (NIC and 6 digits, or 6 digits starting 1), England and Wales's (6 or 7 digits), then Companies House (8 digits,
/// or 2 letters and 6 digits). An 8-digit number is taken as a company: Companies House pads its numbers to 8 and no
/// charity registered in England and Wales has more than 7.
/// </summary>
public static partial class OrganisationNumbers
{
    /// <summary>The org-id of the number, e.g. "GB-CHC-1123456"; false for a number of no known form.</summary>
    /// <param name="number">As the council typed it: spaces and case do not matter.</param>
    /// <param name="orgId">The identifier; empty when false.</param>
    public static bool TryOrgId(string number, out string orgId)
    {
        var n = number.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        orgId = n switch
        {
            _ when ScottishCharity().IsMatch(n) => "GB-SC-" + n,
            _ when NorthernIrishCharity().IsMatch(n) => "GB-NIC-" + n.Replace("NIC", "", StringComparison.Ordinal),
            _ when EnglishCharity().IsMatch(n) => "GB-CHC-" + n,
            _ when Company().IsMatch(n) => "GB-COH-" + n,
            _ => "",
        };
        return orgId.Length > 0;
    }

    [GeneratedRegex(@"^SC\d{6}$")]
    private static partial Regex ScottishCharity();

    [GeneratedRegex(@"^(NIC\d{6}|1\d{5})$")]
    private static partial Regex NorthernIrishCharity();

    [GeneratedRegex(@"^\d{6,7}$")]
    private static partial Regex EnglishCharity();

    [GeneratedRegex(@"^(\d{8}|[A-Z]{2}\d{6})$")]
    private static partial Regex Company();
}
