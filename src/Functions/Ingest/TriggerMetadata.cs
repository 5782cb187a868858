using System.Text.Json;
using Microsoft.Azure.Functions.Worker;

namespace Ukspf.Functions.Ingest;

/// <summary>Values the host passes with a blob trigger beside the path's own parts.</summary>
internal static class TriggerMetadata
{
    /// <summary>The triggering blob's ETag from the <c>Properties</c> binding data, or null when the host gave none.</summary>
    public static string? BlobETag(FunctionContext context)
    {
        if (!context.BindingContext.BindingData.TryGetValue("Properties", out var properties) || properties is null) return null;
        try
        {
            using var json = JsonDocument.Parse(properties as string ?? JsonSerializer.Serialize(properties));
            return json.RootElement.ValueKind == JsonValueKind.Object
                   && json.RootElement.TryGetProperty("ETag", out var etag) && etag.ValueKind == JsonValueKind.String
                ? etag.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
