using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ukspf.Functions.Tests.Hosting;

/// <summary>Invocation bodies in the shapes the Functions host documents and sends.</summary>
internal static class InvocationPayloads
{
    /// <summary>A blob trigger invocation; <paramref name="hostEncoded"/> encodes each metadata string again, as the host does.</summary>
    public static string Blob(string round, string lla, string name, byte[] content, bool hostEncoded = true, string etag = "\"0x8DD1234ABCD\"")
    {
        JsonNode Text(string value) => hostEncoded ? JsonValue.Create(JsonSerializer.Serialize(value)) : JsonValue.Create(value);
        return new JsonObject
        {
            ["Data"] = new JsonObject { ["upload"] = Convert.ToBase64String(content) },
            ["Metadata"] = new JsonObject
            {
                ["round"] = Text(round),
                ["lla"] = Text(lla),
                ["name"] = Text(name),
                ["Uri"] = Text($"https://account.blob.core.windows.net/returns-inbox/{round}/{lla}/{name}"),
                ["Properties"] = new JsonObject { ["ETag"] = etag, ["ContentLength"] = content.Length },
                ["Metadata"] = new JsonObject(),
                ["sys"] = new JsonObject { ["MethodName"] = "IngestReturn", ["UtcNow"] = "2025-10-01T09:00:00Z", ["RandGuid"] = Guid.NewGuid().ToString() },
            },
        }.ToJsonString();
    }

    /// <summary>An HTTP trigger invocation with request forwarding off: the request travels in Data.req.</summary>
    public static string Http(string method, string route, IDictionary<string, string>? routeParams = null, string? body = null, string contentType = "application/json", IDictionary<string, string>? query = null) =>
        new JsonObject
        {
            ["Data"] = new JsonObject
            {
                ["req"] = new JsonObject
                {
                    ["Url"] = $"http://localhost:7071/api/{route}",
                    ["Method"] = method,
                    ["Query"] = new JsonObject((query ?? new Dictionary<string, string>()).Select(q => KeyValuePair.Create(q.Key, (JsonNode?)q.Value))),
                    ["Headers"] = new JsonObject { ["Content-Type"] = new JsonArray(contentType) },
                    ["Params"] = new JsonObject((routeParams ?? new Dictionary<string, string>()).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
                    ["Body"] = body,
                },
            },
            ["Metadata"] = new JsonObject(),
        }.ToJsonString();

    /// <summary>A timer trigger invocation.</summary>
    public static string Timer(bool isPastDue) =>
        new JsonObject
        {
            ["Data"] = new JsonObject
            {
                ["timer"] = new JsonObject
                {
                    ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
                    ["ScheduleStatus"] = new JsonObject { ["Last"] = "2025-09-30T02:00:00Z", ["Next"] = "2025-10-01T02:00:00Z", ["LastUpdated"] = "2025-09-30T02:00:01Z" },
                    ["IsPastDue"] = isPastDue,
                },
            },
            ["Metadata"] = new JsonObject(),
        }.ToJsonString();
}
