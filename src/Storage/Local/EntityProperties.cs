using System.Globalization;
using System.Text;
using System.Text.Json;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Local;

/// <summary>
/// An entity's properties as JSON, each a <c>[type, value]</c> pair so that every value comes back as the .NET type
/// it went in as. Decimal is kept as its exact invariant text; date-times come back as UTC offsets, as from Azure.
/// </summary>
internal static class EntityProperties
{
    private const int MaxStringLength = 32 * 1024;
    private const int MaxBinaryLength = 64 * 1024;
    private static readonly DateTimeOffset EarliestDate = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string ToJson(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties.Where(p => p.Value is not null))
            {
                var (type, text) = Encode(name, value!);
                writer.WriteStartArray(name);
                writer.WriteStringValue(type);
                writer.WriteStringValue(text);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static Dictionary<string, object?> FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var type = property.Value[0].GetString()!;
            var text = property.Value[1].GetString()!;
            properties[property.Name] = Decode(type, text);
        }

        return properties;
    }

    private static (string Type, string Text) Encode(string name, object value) => value switch
    {
        string s when s.Length > MaxStringLength => throw StorageErrors.PropertyValueTooLarge(name),
        string s => ("String", s),
        int i => ("Int32", i.ToString(CultureInfo.InvariantCulture)),
        long l => ("Int64", l.ToString(CultureInfo.InvariantCulture)),
        double d => ("Double", d.ToString("R", CultureInfo.InvariantCulture)),
        bool b => ("Boolean", b ? "true" : "false"),
        decimal m => ("Decimal", m.ToString(CultureInfo.InvariantCulture)),
        Guid g => ("Guid", g.ToString("D")),
        byte[] bytes when bytes.Length > MaxBinaryLength => throw StorageErrors.PropertyValueTooLarge(name),
        byte[] bytes => ("Binary", Convert.ToBase64String(bytes)),
        DateTimeOffset d => ("DateTime", EncodeDate(name, d)),
        DateTime d => ("DateTime", EncodeDate(name, d.Kind == DateTimeKind.Local ? new DateTimeOffset(d) : new DateTimeOffset(d.Ticks, TimeSpan.Zero))),
        _ => throw new ArgumentException($"The property '{name}' is a {value.GetType().Name}; tables hold string, int, long, double, bool, decimal, Guid, byte[] and DateTimeOffset.", nameof(value)),
    };

    private static string EncodeDate(string name, DateTimeOffset value) => value < EarliestDate
        ? throw StorageErrors.OutOfRangeInput($"The property '{name}'", "dates before 1601 cannot be stored")
        : value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static object Decode(string type, string text) => type switch
    {
        "String" => text,
        "Int32" => int.Parse(text, CultureInfo.InvariantCulture),
        "Int64" => long.Parse(text, CultureInfo.InvariantCulture),
        "Double" => double.Parse(text, CultureInfo.InvariantCulture),
        "Boolean" => text == "true",
        "Decimal" => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture),
        "Guid" => Guid.Parse(text),
        "Binary" => Convert.FromBase64String(text),
        "DateTime" => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime(),
        _ => throw new InvalidDataException($"The store holds a property of unknown type '{type}'."),
    };
}
