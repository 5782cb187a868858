using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Local;

/// <summary>
/// One stored row's properties read in place, for <see cref="LocalTableStore.ReadPartitionAsync{T}"/>: each value is
/// decoded only when asked for, a string or decimal or Int32 stored as such straight from its bytes, anything else as
/// <see cref="TableEntity"/> would convert it. Its <see cref="EntityDecoder"/> loads it with row after row.
/// </summary>
internal sealed class StoredValues(EntityDecoder decoder) : IEntityValues
{
    private ReadOnlyMemory<byte> _json;
    private IReadOnlyList<StoredProperty> _properties = [];

    public string PartitionKey { get; private set; } = "";

    public string RowKey { get; private set; } = "";

    public void Load(string partitionKey, string rowKey, ReadOnlyMemory<byte> json, IReadOnlyList<StoredProperty> properties)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
        _json = json;
        _properties = properties;
    }

    public string? GetString(string key) => Find(key) is { } property
        ? Is(property, EntityProperties.StringType) ? decoder.Text(_json.Span, property) : TableEntity.AsString(decoder.Value(_json.Span, property))
        : null;

    public decimal? GetDecimal(string key) => Find(key) is { } property
        ? Is(property, EntityProperties.DecimalType) ? EntityProperties.ParseDecimal(decoder.Unescaped(_json.Span, property)) : TableEntity.AsDecimal(decoder.Value(_json.Span, property))
        : null;

    public int? GetInt32(string key) => Find(key) is { } property
        ? Is(property, EntityProperties.Int32Type) ? EntityProperties.ParseInt32(decoder.Unescaped(_json.Span, property)) : TableEntity.AsInt32(decoder.Value(_json.Span, property))
        : null;

    public long? GetInt64(string key) => Find(key) is { } property ? TableEntity.AsInt64(decoder.Value(_json.Span, property)) : null;

    public bool? GetBoolean(string key) => Find(key) is { } property ? TableEntity.AsBoolean(decoder.Value(_json.Span, property)) : null;

    public DateTimeOffset? GetDateTimeOffset(string key) => Find(key) is { } property ? TableEntity.AsDateTimeOffset(decoder.Value(_json.Span, property)) : null;

    /// <summary>The property of that name; the last, as in an entity, should a row name one twice.</summary>
    private StoredProperty? Find(string key)
    {
        for (var i = _properties.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_properties[i].Name, key, StringComparison.Ordinal))
            {
                return _properties[i];
            }
        }

        return null;
    }

    private bool Is(StoredProperty property, ReadOnlySpan<byte> type) => _json.Span[property.Type].SequenceEqual(type);
}
