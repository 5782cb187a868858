using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ukspf.Functions.Hosting.Protocol;

/// <summary>
/// What the Functions host posts to <c>/{FunctionName}</c>: <c>Data</c> holds the trigger and input values keyed by
/// binding name; <c>Metadata</c> holds the trigger's binding data (path parts, blob properties, <c>sys</c>).
/// </summary>
public sealed record InvocationRequest
{
    /// <summary>Trigger and input values by binding name; null when the body has none.</summary>
    [JsonPropertyName("Data")]
    public Dictionary<string, JsonElement>? Data { get; init; }

    /// <summary>Trigger metadata by name; null when the body has none.</summary>
    [JsonPropertyName("Metadata")]
    public Dictionary<string, JsonElement>? Metadata { get; init; }

    /// <summary>The value of a binding in Data.</summary>
    /// <exception cref="PayloadException">Data has no such binding.</exception>
    public JsonElement RequireData(string binding) =>
        Data is not null && Data.TryGetValue(binding, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : throw new PayloadException($"The invocation has no Data.{binding}.");

    /// <summary>A metadata value as text (see <see cref="PayloadValues.AsText"/>), or null when absent.</summary>
    public string? MetadataText(string name) =>
        Metadata is not null && Metadata.TryGetValue(name, out var value) ? PayloadValues.AsText(value) : null;
}
