using System.Text;
using System.Text.Json;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Local;

/// <summary>
/// Reads stored rows straight from their UTF-8 JSON (<see cref="EntityProperties"/>): no document or dictionary in
/// between, type tags compared as bytes, and each property name, and each short text that recurs from row to row (a
/// quarter, a unit, a project's reference), made into a string once per decoder rather than once per row. One decoder
/// serves one query or one read; it is not safe to share between threads.
/// </summary>
internal sealed class EntityDecoder
{
    /// <summary>Texts of up to this many bytes are shared; longer ones (narratives, comments) seldom recur.</summary>
    private const int SharedLength = 64;

    /// <summary>How many texts one decoder keeps, so a long query over many different values holds no more than this.</summary>
    private const int SharedCount = 4096;

    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
    private readonly List<StoredProperty> _properties = [];
    private byte[] _unescaped = [];
    private byte[] _row = [];
    private StoredValues? _values;

    /// <summary>The entity a row holds.</summary>
    /// <exception cref="InvalidDataException">The row's properties are not what <see cref="EntityProperties"/> writes.</exception>
    public TableEntity Read(string partitionKey, string rowKey, string etag, long timestamp, ReadOnlySpan<byte> json)
    {
        var properties = Properties(partitionKey, rowKey, json);
        var entity = new TableEntity(partitionKey, rowKey) { ETag = etag, Timestamp = new DateTimeOffset(timestamp, TimeSpan.Zero) };
        entity.EnsureCapacity(properties.Count);
        foreach (var property in properties)
        {
            entity[property.Name] = Value(json, property);
        }

        return entity;
    }

    /// <summary>
    /// A row's values to read in place, each decoded only when asked for. The same instance is handed out for every
    /// row this decoder reads, so it is valid until the next.
    /// </summary>
    /// <exception cref="InvalidDataException">The row's properties are not what <see cref="EntityProperties"/> writes.</exception>
    public IEntityValues Values(string partitionKey, string rowKey, ReadOnlySpan<byte> json)
    {
        // The row's bytes are SQLite's only until it steps on, so they are copied into a buffer kept for every row.
        if (_row.Length < json.Length)
        {
            _row = new byte[Math.Max(json.Length, 2 * _row.Length)];
        }

        json.CopyTo(_row);
        var copy = _row.AsMemory(0, json.Length);
        _values ??= new StoredValues(this);
        _values.Load(partitionKey, rowKey, copy, Properties(partitionKey, rowKey, copy.Span));
        return _values;
    }

    /// <summary>Any property's value, as the type it was stored as.</summary>
    public object Value(ReadOnlySpan<byte> json, StoredProperty property)
    {
        var reader = At(json, property);
        var type = json[property.Type];
        return type.SequenceEqual(EntityProperties.StringType) ? Text(ref reader) : EntityProperties.Decode(type, Unescaped(ref reader));
    }

    /// <summary>A property's value as its text, for a string property.</summary>
    public string Text(ReadOnlySpan<byte> json, StoredProperty property)
    {
        var reader = At(json, property);
        return Text(ref reader);
    }

    /// <summary>A property's value as its unescaped UTF-8 text, in a buffer of this decoder's when escaped.</summary>
    public ReadOnlySpan<byte> Unescaped(ReadOnlySpan<byte> json, StoredProperty property)
    {
        var reader = At(json, property);
        return Unescaped(ref reader);
    }

    /// <summary>Where each property of a row lies: valid until this decoder reads another row.</summary>
    private List<StoredProperty> Properties(string partitionKey, string rowKey, ReadOnlySpan<byte> json)
    {
        _properties.Clear();
        try
        {
            var reader = new Utf8JsonReader(json);
            Expect(ref reader, JsonTokenType.StartObject);
            for (var token = Next(ref reader); token != JsonTokenType.EndObject; token = Next(ref reader))
            {
                if (token != JsonTokenType.PropertyName)
                {
                    throw new JsonException($"expected a property but found {token}");
                }

                var name = Text(ref reader);
                Expect(ref reader, JsonTokenType.StartArray);
                Expect(ref reader, JsonTokenType.String);
                // A string token starts at its opening quote; type tags are never escaped.
                var typeStart = (int)reader.TokenStartIndex + 1;
                var type = typeStart..(typeStart + reader.ValueSpan.Length);
                Expect(ref reader, JsonTokenType.String);
                var valueStart = (int)reader.TokenStartIndex;
                _properties.Add(new StoredProperty(name, type, valueStart..(valueStart + reader.ValueSpan.Length + 2)));
                Expect(ref reader, JsonTokenType.EndArray);
            }
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"The stored properties of '{partitionKey}' / '{rowKey}' are not valid JSON: {error.Message}", error);
        }

        return _properties;
    }

    /// <summary>A reader standing on a property's value token.</summary>
    private static Utf8JsonReader At(ReadOnlySpan<byte> json, StoredProperty property)
    {
        var reader = new Utf8JsonReader(json[property.Value]);
        reader.Read();
        return reader;
    }

    /// <summary>The current string token as a string: an earlier equal one when it is short and unescaped.</summary>
    private string Text(ref Utf8JsonReader reader)
    {
        var utf8 = reader.ValueSpan;
        if (reader.ValueIsEscaped || utf8.Length > SharedLength)
        {
            return reader.GetString()!;
        }

        // Decoding UTF-8 never gives more characters than it had bytes.
        Span<char> chars = stackalloc char[SharedLength];
        var text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (_shared.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var shared))
        {
            return shared;
        }

        var made = new string(text);
        if (_shared.Count < SharedCount)
        {
            _shared.Add(made, made);
        }

        return made;
    }

    /// <summary>The current string token's bytes, unescaped into a buffer of this decoder's when they need it.</summary>
    private ReadOnlySpan<byte> Unescaped(scoped ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        if (_unescaped.Length < reader.ValueSpan.Length)
        {
            _unescaped = new byte[reader.ValueSpan.Length];
        }

        return _unescaped.AsSpan(0, reader.CopyString(_unescaped));
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("the properties end early");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (Next(ref reader) != token)
        {
            throw new JsonException($"expected {token} but found {reader.TokenType}");
        }
    }
}
