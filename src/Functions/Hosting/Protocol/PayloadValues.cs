using System.Globalization;
using System.Text.Json;

namespace Ukspf.Functions.Hosting.Protocol;

/// <summary>
/// Reads values the way the Functions host writes them. The host serialises each metadata value on its own, so a
/// string such as a blob name can arrive JSON-encoded a second time (<c>"\"adur\""</c>) and an object such as the
/// blob properties can arrive as a JSON string; these helpers accept either form.
/// </summary>
public static class PayloadValues
{
    /// <summary>The value as text: a string unwrapped from any extra JSON encoding, a number or boolean as written, null for null.</summary>
    public static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Unwrap(value.GetString()!),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    /// <summary>The value as a JSON object, parsing it when it arrived as a string; null when it is neither.</summary>
    public static JsonElement? AsObject(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        if (value.ValueKind == JsonValueKind.String && AsText(value) is { } text && text.TrimStart().StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A property of an object, matched case-insensitively as the host's serialiser does.</summary>
    public static JsonElement? Property(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in obj.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    /// <summary>A date-time property, or null when absent or unreadable.</summary>
    public static DateTimeOffset? DateTime(JsonElement obj, string name) =>
        Property(obj, name) is { } value && AsText(value) is { } text &&
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;

    /// <summary>An object whose values are strings (or arrays of strings, joined with a comma), as a dictionary.</summary>
    public static Dictionary<string, string> StringMap(JsonElement? value)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (value is not { } element || AsObject(element) is not { } obj)
        {
            return map;
        }

        foreach (var property in obj.EnumerateObject())
        {
            var text = property.Value.ValueKind == JsonValueKind.Array
                ? string.Join(',', property.Value.EnumerateArray().Select(AsText))
                : AsText(property.Value);
            if (text is not null)
            {
                map[property.Name] = text;
            }
        }

        return map;
    }

    private static string Unwrap(string text)
    {
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            try
            {
                return JsonSerializer.Deserialize<string>(text) ?? text;
            }
            catch (JsonException)
            {
                return text;
            }
        }

        return text;
    }
}
