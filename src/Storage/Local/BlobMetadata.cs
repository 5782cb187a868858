using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ukspf.Storage.Local;

/// <summary>
/// Blob metadata as Azure treats it: names are case-insensitive identifiers and values travel as HTTP headers, so
/// only printable ASCII is accepted. Checking here keeps code that works locally from failing on Azure.
/// </summary>
internal static class BlobMetadata
{
    public static IReadOnlyDictionary<string, string> Empty { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyDictionary<string, string> Normalise(IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null || metadata.Count == 0)
        {
            return Empty;
        }

        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in metadata)
        {
            if (!IsIdentifier(key) || value is null || value.Any(c => c is < ' ' or > '~') || !result.TryAdd(key, value))
            {
                throw StorageErrors.InvalidMetadata(key);
            }
        }

        return result;
    }

    /// <summary>Metadata as the store keeps it: a JSON object of strings, written by source-generated code.</summary>
    public static string ToJson(IReadOnlyDictionary<string, string> metadata) =>
        JsonSerializer.Serialize(metadata, BlobMetadataJsonContext.Default.IReadOnlyDictionaryStringString);

    public static IReadOnlyDictionary<string, string> FromJson(string json) =>
        new Dictionary<string, string>(JsonSerializer.Deserialize(json, BlobMetadataJsonContext.Default.DictionaryStringString) ?? [], StringComparer.OrdinalIgnoreCase);

    private static bool IsIdentifier(string key) =>
        key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}

/// <summary>
/// The metadata's JSON, generated at build time: the reflection-based serializer would build its converters on the
/// first blob a process writes, which a function's cold start pays for.
/// </summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class BlobMetadataJsonContext : JsonSerializerContext;
