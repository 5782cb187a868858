using System.Text.RegularExpressions;
using Ukspf.Domain.ReferenceData;

namespace Ukspf.Workbooks.Exports;

/// <summary>
/// The 360Giving geoCodeType of an ONS GSS code, by its entity prefix (gss-geocode-types.csv, from the standard's
/// geoCodeType codelist). Combined authorities (E47) and Northern Ireland's districts (N09) have no code in that
/// codelist, so their locations carry the GSS code without a type.
/// </summary>
public static partial class GeoCodeTypes
{
    private static readonly Dictionary<string, string> ByPrefix = Load();

    /// <summary>True when <paramref name="code"/> has the form of a GSS code: a letter, 8 digits.</summary>
    public static bool IsGssCode(string code) => Gss().IsMatch(code);

    /// <summary>The geoCodeType of a GSS code, e.g. "NMD" for E07000223; null when it is no GSS code or its kind has none.</summary>
    public static string? Of(string code) => IsGssCode(code) ? ByPrefix.GetValueOrDefault(code[..3]) : null;

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(GeoCodeTypes).Assembly.GetManifestResourceStream("Exports/gss-geocode-types.csv")
            ?? throw new InvalidOperationException("gss-geocode-types.csv is not embedded in Ukspf.Workbooks.");
        using var reader = new StreamReader(stream);
        var table = CsvTable.Read(reader);
        return table.Rows.ToDictionary(r => table.Get(r, "prefix"), r => table.Get(r, "geoCodeType"), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^[EKNSW]\d{8}$")]
    private static partial Regex Gss();
}
