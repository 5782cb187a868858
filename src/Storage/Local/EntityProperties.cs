using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Local;

/// <summary>
/// An entity's properties as JSON, each a <c>[type, value]</c> pair so that every value comes back as the .NET type
/// it went in as. Decimal is kept as its exact invariant text; date-times come back as UTC offsets, as from Azure.
/// <see cref="EntityDecoder"/> reads them back.
/// </summary>
internal static class EntityProperties
{
    private const int MaxStringLength = 32 * 1024;
    private const int MaxBinaryLength = 64 * 1024;
    private static readonly DateTimeOffset EarliestDate = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The type written beside every string value: <see cref="EntityDecoder"/> reads those itself.</summary>
    public static ReadOnlySpan<byte> StringType => "String"u8;

    /// <summary>The type written beside every decimal value.</summary>
    public static ReadOnlySpan<byte> DecimalType => "Decimal"u8;

    /// <summary>The type written beside every Int32 value.</summary>
    public static ReadOnlySpan<byte> Int32Type => "Int32"u8;

    /// <summary>
    /// Appends the properties' UTF-8 JSON to <paramref name="output"/> (null values are left out), so a caller can reuse
    /// one buffer for many entities.
    /// </summary>
    public static void WriteJson(IEnumerable<KeyValuePair<string, object?>> properties, IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        foreach (var (name, value) in properties)
        {
            if (value is null) continue;
            var (type, text) = Encode(name, value);
            writer.WriteStartArray(name);
            writer.WriteStringValue(type);
            writer.WriteStringValue(text);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// A value of any type but <see cref="StringType"/> from its stored text (unescaped UTF-8). Numbers and flags are
    /// parsed from the bytes, with no string on the way.
    /// </summary>
    public static object Decode(ReadOnlySpan<byte> type, ReadOnlySpan<byte> text)
    {
        if (type.SequenceEqual(DecimalType)) return ParseDecimal(text);
        if (type.SequenceEqual(Int32Type)) return ParseInt32(text);
        if (type.SequenceEqual("Int64"u8)) return long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
        if (type.SequenceEqual("Double"u8)) return double.Parse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        if (type.SequenceEqual("Boolean"u8)) return text.SequenceEqual("true"u8);
        // Ids, bytes and dates are few (none in a return's lines): read from their text as they always were.
        if (type.SequenceEqual("Guid"u8)) return Guid.Parse(Encoding.UTF8.GetString(text));
        if (type.SequenceEqual("Binary"u8)) return Convert.FromBase64String(Encoding.UTF8.GetString(text));
        if (type.SequenceEqual("DateTime"u8))
            return DateTimeOffset.Parse(Encoding.UTF8.GetString(text), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
        throw new InvalidDataException($"The store holds a property of unknown type '{Encoding.UTF8.GetString(type)}'.");
    }

    /// <summary>A stored decimal's exact value, from its invariant text.</summary>
    public static decimal ParseDecimal(ReadOnlySpan<byte> text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>A stored Int32, from its invariant text.</summary>
    public static int ParseInt32(ReadOnlySpan<byte> text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

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
}
