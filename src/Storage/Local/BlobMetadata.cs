using System.Buffers;
using System.Text;
using System.Text.Json;

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

    /// <summary>Metadata as the store keeps it: a JSON object of strings.</summary>
    public static string ToJson(IReadOnlyDictionary<string, string> metadata)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in metadata)
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <exception cref="JsonException">The text is not an object of strings.</exception>
    public static IReadOnlyDictionary<string, string> FromJson(string json)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Blob metadata is not a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            if (!reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"Blob metadata '{key}' is not a string.");
            }

            result[key] = reader.GetString()!;
        }

        return result;
    }

    private static bool IsIdentifier(string key) =>
        key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
