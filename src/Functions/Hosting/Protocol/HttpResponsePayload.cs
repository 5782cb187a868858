using System.Text.Json.Serialization;

namespace Ukspf.Functions.Hosting.Protocol;

/// <summary>
/// The value of an http output binding (<c>Outputs.res</c>): the host turns it into the caller's response. All four
/// fields are always written because some host versions require each of them.
/// </summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Body">The body text.</param>
/// <param name="Headers">Response headers.</param>
public sealed record HttpResponsePayload(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("headers")] IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The status again, under the name older hosts read.</summary>
    [JsonPropertyName("status")]
    public int Status => StatusCode;
}
