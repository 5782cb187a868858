using System.Text;
using System.Text.Json;

namespace Ukspf.Functions.Hosting.Protocol;

/// <summary>
/// An HTTP trigger's request as the host puts it in <c>Data.req</c> when request forwarding is off: the URL, method,
/// query, headers, route parameters and the body (text, or Base64 for octet-stream and multipart bodies).
/// </summary>
/// <param name="Url">The full URL called.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Query">Query parameters.</param>
/// <param name="Headers">Request headers; each may repeat.</param>
/// <param name="Params">Route parameters such as <c>round</c>.</param>
/// <param name="Body">The body: text, or Base64 for binary content types.</param>
public sealed record HttpRequestPayload(
    string Url,
    string Method,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string[]> Headers,
    IReadOnlyDictionary<string, string> Params,
    string? Body)
{
    /// <summary>The Content-Type header, or null.</summary>
    public string? ContentType =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>True when the host Base64-encoded the body: octet-stream and multipart content.</summary>
    public bool IsBinaryBody =>
        ContentType is { } type && (type.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads <c>Data.req</c>, accepting the older host form where Query is a JSON string.</summary>
    /// <exception cref="PayloadException">The value is not an HTTP request object.</exception>
    public static HttpRequestPayload FromJson(JsonElement value)
    {
        var obj = PayloadValues.AsObject(value) ?? throw new PayloadException("The HTTP request in Data is not a JSON object.");
        var method = PayloadValues.Property(obj, "Method") is { } m ? PayloadValues.AsText(m) : null;
        if (string.IsNullOrEmpty(method))
        {
            throw new PayloadException("The HTTP request in Data has no Method.");
        }

        var headers = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (PayloadValues.Property(obj, "Headers") is { } rawHeaders && PayloadValues.AsObject(rawHeaders) is { } headerObject)
        {
            foreach (var header in headerObject.EnumerateObject())
            {
                headers[header.Name] = header.Value.ValueKind == JsonValueKind.Array
                    ? header.Value.EnumerateArray().Select(v => PayloadValues.AsText(v) ?? "").ToArray()
                    : [PayloadValues.AsText(header.Value) ?? ""];
            }
        }

        return new HttpRequestPayload(
            PayloadValues.Property(obj, "Url") is { } url ? PayloadValues.AsText(url) ?? "" : "",
            method,
            PayloadValues.StringMap(PayloadValues.Property(obj, "Query")),
            headers,
            PayloadValues.StringMap(PayloadValues.Property(obj, "Params")),
            PayloadValues.Property(obj, "Body") is { } body ? BodyText(body) : null);
    }

    /// <summary>The body's bytes: Base64-decoded for binary content types, UTF-8 otherwise; empty when there is none.</summary>
    /// <exception cref="PayloadException">A binary body is not valid Base64.</exception>
    public byte[] BodyBytes()
    {
        if (string.IsNullOrEmpty(Body))
        {
            return [];
        }

        if (!IsBinaryBody)
        {
            return Encoding.UTF8.GetBytes(Body);
        }

        try
        {
            return Convert.FromBase64String(Body);
        }
        catch (FormatException e)
        {
            throw new PayloadException("The request body is declared binary but is not Base64.", e);
        }
    }

    /// <summary>A route parameter, or a clear 400 when the route lacks it.</summary>
    /// <exception cref="PayloadException">The parameter is missing or empty.</exception>
    public string RequireParam(string name) =>
        Params.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new PayloadException($"The request has no '{name}' route parameter.");

    // A JSON body may arrive parsed (as an object) from some host versions; keep it as its JSON text.
    private static string? BodyText(JsonElement body) =>
        body.ValueKind == JsonValueKind.String ? body.GetString() : PayloadValues.AsText(body);
}
