using System.Globalization;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;

namespace Ukspf.Functions.Ingest;

/// <summary>
/// Values the host passes with a blob trigger beside the path's own parts: the blob's <c>Properties</c>, as JSON,
/// read once per invocation. Each is read tolerantly: when the host gives none, or in another shape, the value is
/// null and the use case does without it.
/// </summary>
/// <param name="ETag">The triggering blob's ETag, or null.</param>
/// <param name="ReceivedAt">When the triggering blob landed: its last-modified time (the time of the content that triggered), else its creation time; null when neither is given.</param>
internal sealed record TriggerMetadata(string? ETag, DateTimeOffset? ReceivedAt)
{
    private static readonly TriggerMetadata None = new(null, null);

    /// <summary>The values of this invocation's trigger.</summary>
    public static TriggerMetadata Of(FunctionContext context)
    {
        if (!context.BindingContext.BindingData.TryGetValue("Properties", out var properties) || properties is null) return None;
        try
        {
            using var json = JsonDocument.Parse(properties as string ?? JsonSerializer.Serialize(properties));
            if (json.RootElement.ValueKind != JsonValueKind.Object) return None;
            var root = json.RootElement;
            return new TriggerMetadata(
                Property(root, "ETag") is { ValueKind: JsonValueKind.String } etag ? etag.GetString() : null,
                Time(Property(root, "LastModified")) ?? Time(Property(root, "CreatedOn")));
        }
        catch (JsonException)
        {
            return None;
        }
    }

    private static JsonElement? Property(JsonElement root, string name) => root.TryGetProperty(name, out var value) ? value : null;

    private static DateTimeOffset? Time(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } text
        && DateTimeOffset.TryParse(text.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
        && time > DateTimeOffset.UnixEpoch
            ? time
            : null;
}
