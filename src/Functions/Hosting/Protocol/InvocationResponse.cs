using System.Text.Json.Serialization;

namespace Ukspf.Functions.Hosting.Protocol;

/// <summary>
/// What the handler answers: <c>Outputs</c> keyed by output binding name, <c>Logs</c> that the host writes to the
/// invocation log (Application Insights in Azure), and <c>ReturnValue</c> for a <c>$return</c> binding.
/// </summary>
public sealed record InvocationResponse
{
    /// <summary>Output values by binding name.</summary>
    [JsonPropertyName("Outputs")]
    public Dictionary<string, object?> Outputs { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Log lines for the invocation.</summary>
    [JsonPropertyName("Logs")]
    public List<string> Logs { get; init; } = [];

    /// <summary>The <c>$return</c> value, if any.</summary>
    [JsonPropertyName("ReturnValue")]
    public object? ReturnValue { get; init; }
}
