using System.Globalization;
using System.Text;

namespace Ukspf.Storage.Azure;

/// <summary>
/// Builds the strings that Shared Key and Shared Key Lite sign, as the Storage REST reference "Authorize with Shared
/// Key" defines them (service version 2015-02-21 and later). Kept apart from the policy so the exact text can be
/// checked against worked examples.
/// </summary>
internal static class SharedKeyStringToSign
{
    /// <summary>The Shared Key string for the Blob service.</summary>
    public static string ForBlob(string method, Uri uri, IReadOnlyDictionary<string, string> headers, string accountName)
    {
        var contentLength = Header(headers, "Content-Length");
        var sb = new StringBuilder()
            .Append(method.ToUpperInvariant()).Append('\n')
            .Append(Header(headers, "Content-Encoding")).Append('\n')
            .Append(Header(headers, "Content-Language")).Append('\n')
            // Since 2015-02-21 a zero length is signed as empty.
            .Append(contentLength == "0" ? "" : contentLength).Append('\n')
            .Append(Header(headers, "Content-MD5")).Append('\n')
            .Append(Header(headers, "Content-Type")).Append('\n')
            .Append(Header(headers, "Date")).Append('\n')
            .Append(Header(headers, "If-Modified-Since")).Append('\n')
            .Append(Header(headers, "If-Match")).Append('\n')
            .Append(Header(headers, "If-None-Match")).Append('\n')
            .Append(Header(headers, "If-Unmodified-Since")).Append('\n')
            .Append(Header(headers, "Range")).Append('\n')
            .Append(CanonicalizedHeaders(headers))
            .Append(CanonicalizedResource(uri, accountName));
        return sb.ToString();
    }

    /// <summary>The Shared Key Lite string for the Table service: the date, then the resource with only <c>comp</c>.</summary>
    public static string ForTableLite(Uri uri, IReadOnlyDictionary<string, string> headers, string accountName)
    {
        var date = Header(headers, "x-ms-date");
        if (date.Length == 0)
        {
            date = Header(headers, "Date");
        }

        return date + "\n" + CanonicalizedResourceLite(uri, accountName);
    }

    /// <summary>Every <c>x-ms-</c> header, lower-cased, sorted, one <c>name:value\n</c> line each.</summary>
    public static string CanonicalizedHeaders(IReadOnlyDictionary<string, string> headers)
    {
        var sb = new StringBuilder();
        foreach (var (name, value) in headers
                     .Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
                     .Select(h => (Name: h.Key.ToLowerInvariant(), Value: h.Value.Trim()))
                     .OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            sb.Append(name).Append(':').Append(value).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// <c>/account/path</c>, then each query parameter on its own line as <c>name:v1,v2</c> (names lower-cased and
    /// sorted, values decoded and sorted). With path-style URLs the account name appears twice, as Azurite expects.
    /// </summary>
    public static string CanonicalizedResource(Uri uri, string accountName)
    {
        var sb = new StringBuilder("/").Append(accountName).Append(uri.AbsolutePath);
        foreach (var group in ParseQuery(uri.Query)
                     .GroupBy(p => p.Name.ToLowerInvariant())
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var values = group.Select(p => p.Value).OrderBy(v => v, StringComparer.Ordinal);
            sb.Append('\n').Append(group.Key).Append(':').Append(string.Join(',', values));
        }

        return sb.ToString();
    }

    /// <summary><c>/account/path</c>, plus <c>?comp=value</c> when the request has a <c>comp</c> parameter.</summary>
    public static string CanonicalizedResourceLite(Uri uri, string accountName)
    {
        var resource = "/" + accountName + uri.AbsolutePath;
        var comp = ParseQuery(uri.Query).FirstOrDefault(p => p.Name.Equals("comp", StringComparison.OrdinalIgnoreCase));
        return comp.Name is null ? resource : resource + "?comp=" + comp.Value;
    }

    private static IEnumerable<(string Name, string Value)> ParseQuery(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? pair : pair[..eq];
            var value = eq < 0 ? "" : pair[(eq + 1)..];
            yield return (Uri.UnescapeDataString(name), Uri.UnescapeDataString(value));
        }
    }

    private static string Header(IReadOnlyDictionary<string, string> headers, string name) =>
        headers.TryGetValue(name, out var value) ? value : string.Empty;

    /// <summary>The RFC 1123 form that <c>x-ms-date</c> carries.</summary>
    public static string FormatDate(DateTimeOffset time) => time.UtcDateTime.ToString("R", CultureInfo.InvariantCulture);
}
