using System.Text.Json;
using System.Xml.Linq;
using Azure;

namespace Ukspf.Storage.Azure;

/// <summary>
/// Reads the service's error code and message: the <c>x-ms-error-code</c> header, or the body (Blob answers with
/// XML <c>&lt;Error&gt;</c>, Table with JSON <c>odata.error</c>). HEAD responses carry only the header.
/// </summary>
internal static class StorageErrorParser
{
    public static RequestFailedException ToException(Response response)
    {
        var (code, text) = Parse(ReadBody(response));
        if (response.Headers.TryGetValue("x-ms-error-code", out var header) && !string.IsNullOrEmpty(header))
        {
            code = header;
        }

        code ??= response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var message = $"Storage request failed: {response.Status} ({response.ReasonPhrase}), ErrorCode: {code}";
        if (!string.IsNullOrWhiteSpace(text))
        {
            message += ". " + text;
        }

        return new RequestFailedException(response.Status, message, code, null);
    }

    private static string? ReadBody(Response response)
    {
        if (response.ContentStream is null or MemoryStream)
        {
            return response.Content?.ToString();
        }

        // A streamed (unbuffered) response: error bodies are small, read what there is.
        using var reader = new StreamReader(response.ContentStream);
        return reader.ReadToEnd();
    }

    /// <summary>The code and message found in an error body, either may be null.</summary>
    public static (string? Code, string? Message) Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            var trimmed = body.TrimStart();
            if (trimmed.StartsWith('{'))
            {
                using var doc = JsonDocument.Parse(trimmed);
                if (doc.RootElement.TryGetProperty("odata.error", out var error))
                {
                    var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                    var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object
                        && m.TryGetProperty("value", out var v) ? v.GetString() : null;
                    return (code, message);
                }
            }
            else if (trimmed.StartsWith('<'))
            {
                var root = XDocument.Parse(trimmed).Root;
                return (root?.Element("Code")?.Value, root?.Element("Message")?.Value);
            }
        }
        catch (Exception e) when (e is JsonException or System.Xml.XmlException)
        {
            // An unreadable error body still leaves the status, which is what callers act on.
        }

        return (null, null);
    }
}
