using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Storage.Blobs;

namespace Ukspf.Functions.LocalHost;

/// <summary>
/// Builds the request bodies the Functions host sends a custom handler. Like the host, each metadata value is
/// serialised on its own: objects stay objects, while strings are JSON-encoded once more.
/// </summary>
internal static class TriggerPayloads
{
    public static JsonObject Blob(FunctionDefinition function, BlobTriggerBinding trigger, BlobProperties blob, IReadOnlyDictionary<string, string> pathParts, byte[] content, DateTimeOffset now)
    {
        var metadata = new JsonObject();
        foreach (var (name, value) in pathParts)
        {
            metadata[name] = HostString(value);
        }

        metadata["Uri"] = HostString($"http://127.0.0.1/{trigger.Container}/{blob.Name}");
        metadata["Properties"] = new JsonObject
        {
            ["ETag"] = blob.ETag,
            ["ContentLength"] = blob.Length,
            ["ContentType"] = blob.ContentType,
            ["LastModified"] = blob.LastModified.ToString("o", CultureInfo.InvariantCulture),
        };
        metadata["Metadata"] = new JsonObject(blob.Metadata.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)JsonValue.Create(m.Value))));
        metadata["sys"] = Sys(function.Name, now);

        return new JsonObject
        {
            ["Data"] = new JsonObject { [trigger.Name] = Convert.ToBase64String(content) },
            ["Metadata"] = metadata,
        };
    }

    public static JsonObject Timer(FunctionDefinition function, DateTimeOffset? last, DateTimeOffset occurrence, DateTimeOffset lastUpdated, bool isPastDue, DateTimeOffset now) =>
        new()
        {
            ["Data"] = new JsonObject
            {
                [function.Trigger.Name] = new JsonObject
                {
                    ["Schedule"] = new JsonObject { ["AdjustForDST"] = false },
                    ["ScheduleStatus"] = new JsonObject
                    {
                        ["Last"] = Iso(last ?? DateTimeOffset.MinValue),
                        ["Next"] = Iso(occurrence),
                        ["LastUpdated"] = Iso(lastUpdated),
                    },
                    ["IsPastDue"] = isPastDue,
                },
            },
            ["Metadata"] = new JsonObject { ["sys"] = Sys(function.Name, now) },
        };

    private static JsonObject Sys(string function, DateTimeOffset now) => new()
    {
        ["MethodName"] = function,
        ["UtcNow"] = Iso(now),
        ["RandGuid"] = Guid.NewGuid().ToString(),
    };

    private static JsonNode HostString(string value) => JsonValue.Create(JsonSerializer.Serialize(value));

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
