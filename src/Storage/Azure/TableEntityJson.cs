using System.Globalization;
using System.Text.Json;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Azure;

/// <summary>
/// Entities to and from the Table service's JSON: Int64, Double, DateTime, Guid and Binary carry an
/// <c>@odata.type</c> annotation; Int32, Boolean and String are inferred. Decimal is stored exactly as an Edm.String
/// with a companion <c>{name}__type = "Decimal"</c> property (ADR-004).
/// </summary>
internal static class TableEntityJson
{
    /// <summary>The suffix of the companion property that marks a string as holding another .NET type.</summary>
    public const string TypeMarkerSuffix = "__type";

    private const string DecimalMarker = "Decimal";
    private const string Annotation = "@odata.type";

    public static byte[] Write(TableEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("PartitionKey", entity.PartitionKey);
            json.WriteString("RowKey", entity.RowKey);
            foreach (var (name, value) in entity)
            {
                if (value is not null && name is not ("PartitionKey" or "RowKey" or "Timestamp"))
                {
                    WriteProperty(json, name, value);
                }
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteProperty(Utf8JsonWriter json, string name, object value)
    {
        switch (value)
        {
            case string s: json.WriteString(name, s); break;
            case int i: json.WriteNumber(name, i); break;
            case bool b: json.WriteBoolean(name, b); break;
            case long l: Typed(json, name, "Edm.Int64").WriteString(name, l.ToString(CultureInfo.InvariantCulture)); break;
            case double d when double.IsFinite(d): Typed(json, name, "Edm.Double").WriteNumber(name, d); break;
            case double d: Typed(json, name, "Edm.Double").WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity"); break;
            case DateTimeOffset t: Typed(json, name, "Edm.DateTime").WriteString(name, FormatDate(t)); break;
            case DateTime t: Typed(json, name, "Edm.DateTime").WriteString(name, FormatDate(AsUtc(t))); break;
            case Guid g: Typed(json, name, "Edm.Guid").WriteString(name, g.ToString("D")); break;
            case byte[] bytes: Typed(json, name, "Edm.Binary").WriteBase64String(name, bytes); break;
            case decimal m:
                json.WriteString(name, m.ToString(CultureInfo.InvariantCulture));
                json.WriteString(name + TypeMarkerSuffix, DecimalMarker);
                break;
            default:
                throw new ArgumentException($"Property '{name}' has type {value.GetType().Name}, which a table entity cannot hold.", nameof(value));
        }
    }

    private static Utf8JsonWriter Typed(Utf8JsonWriter json, string name, string edmType)
    {
        json.WriteString(name + Annotation, edmType);
        return json;
    }

    private static DateTimeOffset AsUtc(DateTime t) =>
        new(t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : DateTime.SpecifyKind(t, DateTimeKind.Utc));

    private static string FormatDate(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static TableEntity Read(JsonElement element)
    {
        var entity = new TableEntity(element.GetProperty("PartitionKey").GetString()!, element.GetProperty("RowKey").GetString()!);
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (name.Contains('@', StringComparison.Ordinal) || name.StartsWith("odata.", StringComparison.Ordinal)
                || name is "PartitionKey" or "RowKey")
            {
                if (name == "odata.etag")
                {
                    entity.ETag = property.Value.GetString();
                }

                continue;
            }

            var type = element.TryGetProperty(name + Annotation, out var annotation) ? annotation.GetString() : null;
            if (name == "Timestamp")
            {
                entity.Timestamp = ParseDate(property.Value.GetString()!);
                continue;
            }

            entity[name] = ReadValue(property.Value, type);
        }

        ApplyTypeMarkers(entity);
        return entity;
    }

    private static object? ReadValue(JsonElement value, string? edmType) => edmType switch
    {
        _ when value.ValueKind == JsonValueKind.Null => null,
        "Edm.Int64" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        "Edm.Int32" => value.GetInt32(),
        "Edm.Double" when value.ValueKind == JsonValueKind.String => ParseSpecialDouble(value.GetString()!),
        "Edm.Double" => value.GetDouble(),
        "Edm.DateTime" => ParseDate(value.GetString()!),
        "Edm.Guid" => Guid.Parse(value.GetString()!),
        "Edm.Binary" => value.GetBytesFromBase64(),
        _ => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetInt32(out var i) => i,
            JsonValueKind.Number => value.GetDouble(),
            _ => value.GetRawText(),
        },
    };

    private static double ParseSpecialDouble(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    // A stale marker (the value later merged as something else) is left visible rather than guessed at.
    private static void ApplyTypeMarkers(TableEntity entity)
    {
        foreach (var markerName in entity.Keys.Where(k => k.EndsWith(TypeMarkerSuffix, StringComparison.Ordinal)).ToList())
        {
            var name = markerName[..^TypeMarkerSuffix.Length];
            if (entity[markerName] is DecimalMarker && entity.TryGetValue(name, out var raw) && raw is string text
                && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                entity[name] = value;
                entity.Remove(markerName);
            }
        }
    }
}
