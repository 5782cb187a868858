using System.Globalization;
using Azure;
using Azure.Core;
using Ukspf.Storage.Blobs;

namespace Ukspf.Storage.Azure;

/// <summary>Blob properties to and from HTTP headers: ETag, length, dates, content type, <c>x-ms-meta-*</c>.</summary>
internal static class BlobHeaders
{
    private const string MetaPrefix = "x-ms-meta-";

    public static BlobProperties Read(string name, Response response)
    {
        var headers = response.Headers;
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            if (header.Name.StartsWith(MetaPrefix, StringComparison.OrdinalIgnoreCase))
            {
                metadata[header.Name[MetaPrefix.Length..]] = header.Value;
            }
        }

        headers.TryGetValue("Content-Type", out var contentType);
        return new BlobProperties(
            name,
            QuoteETag(headers.ETag?.ToString("H") ?? ""),
            headers.ContentLength ?? 0,
            LastModified(response),
            contentType,
            metadata);
    }

    public static DateTimeOffset LastModified(Response response) =>
        response.Headers.TryGetValue("Last-Modified", out var value)
            ? DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : DateTimeOffset.MinValue;

    public static string ETag(Response response) => QuoteETag(response.Headers.ETag?.ToString("H") ?? "");

    public static void WriteConditions(Request request, BlobConditions? conditions)
    {
        if (conditions?.IfMatch is { } ifMatch)
        {
            request.Headers.SetValue("If-Match", QuoteETag(ifMatch));
        }

        if (conditions?.IfNoneMatch is { } ifNoneMatch)
        {
            request.Headers.SetValue("If-None-Match", ifNoneMatch == "*" ? "*" : QuoteETag(ifNoneMatch));
        }
    }

    public static void WriteMetadata(Request request, IReadOnlyDictionary<string, string>? metadata)
    {
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            request.Headers.SetValue(MetaPrefix + key, value);
        }
    }

    /// <summary>Headers carry ETags quoted and List Blobs XML does not; callers always see the quoted form.</summary>
    public static string QuoteETag(string etag) =>
        etag.Length == 0 || etag == "*" || etag.StartsWith('"') ? etag : "\"" + etag + "\"";
}
