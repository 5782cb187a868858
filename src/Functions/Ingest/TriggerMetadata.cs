using System.Globalization;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;

namespace Ukspf.Functions.Ingest;

/// <summary>
/// Values the host passes with a blob trigger beside the path's own parts: the blob's <c>Properties</c>, as JSON.
/// Each is read tolerantly: when the host gives none, or in another shape, the value is null and the use case does
/// without it.
/// </summary>
internal static class TriggerMetadata
{
    /// <summary>The triggering blob's ETag, or null.</summary>
    public static string? BlobETag(FunctionContext context) =>
        Property(context, "ETag") is { ValueKind: JsonValueKind.String } etag ? etag.GetString() : null;

    /// <summary>When the triggering blob landed: its last-modified time (the time of the content that triggered), else its creation time; null when neither is given.</summary>
    public static DateTimeOffset? BlobReceivedAt(FunctionContext context) =>
        Time(Property(context, "LastModified")) ?? Time(Property(context, "CreatedOn"));

    private static DateTimeOffset? Time(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } text
        && DateTimeOffset.TryParse(text.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
        && time > DateTimeOffset.UnixEpoch
            ? time
            : null;

    private static JsonElement? Property(FunctionContext context, string name)
    {
        if (!context.BindingContext.BindingData.TryGetValue("Properties", out var properties) || properties is null) return null;
        try
        {
            using var json = JsonDocument.Parse(properties as string ?? JsonSerializer.Serialize(properties));
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(name, out var value) ? value.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
