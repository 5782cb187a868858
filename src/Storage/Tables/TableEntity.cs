using System.Globalization;

namespace Ukspf.Storage.Tables;

/// <summary>
/// A table entity: partition key, row key, ETag, timestamp and typed properties (string, int, long, double, bool,
/// DateTimeOffset, Guid, byte[], decimal). Decimal is not an OData type: stores keep it exactly as an invariant
/// string with a marker, so no penny is lost; see docs/decisions.
/// </summary>
public sealed class TableEntity : Dictionary<string, object?>, IEntityValues
{
    /// <summary>Creates an entity with its keys.</summary>
    public TableEntity(string partitionKey, string rowKey) : base(StringComparer.Ordinal)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    /// <summary>The partition key.</summary>
    public string PartitionKey { get; }

    /// <summary>The row key.</summary>
    public string RowKey { get; }

    /// <summary>The version tag from the store; null on a new entity.</summary>
    public string? ETag { get; set; }

    /// <summary>When the store last wrote it.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>A string property, or null.</summary>
    public string? GetString(string key) => TryGetValue(key, out var v) ? AsString(v) : null;

    /// <summary>A decimal property (stored exactly), or null.</summary>
    public decimal? GetDecimal(string key) => TryGetValue(key, out var v) ? AsDecimal(v) : null;

    /// <summary>An Int32 property, or null.</summary>
    public int? GetInt32(string key) => TryGetValue(key, out var v) ? AsInt32(v) : null;

    /// <summary>An Int64 property, or null.</summary>
    public long? GetInt64(string key) => TryGetValue(key, out var v) ? AsInt64(v) : null;

    /// <summary>A Boolean property, or null.</summary>
    public bool? GetBoolean(string key) => TryGetValue(key, out var v) ? AsBoolean(v) : null;

    /// <summary>A date-time property, or null.</summary>
    public DateTimeOffset? GetDateTimeOffset(string key) => TryGetValue(key, out var v) ? AsDateTimeOffset(v) : null;

    // How a property's value reads as each type: the getters above, and stores that read values in place
    // (IEntityValues) when a property's stored type is not the one asked for.

    internal static string? AsString(object? v) => v as string ?? Convert.ToString(v, CultureInfo.InvariantCulture);

    internal static decimal? AsDecimal(object? v) => v switch
    {
        null => null,
        decimal d => d,
        string s => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture),
        _ => Convert.ToDecimal(v, CultureInfo.InvariantCulture),
    };

    internal static int? AsInt32(object? v) => v is not null ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : null;

    internal static long? AsInt64(object? v) => v is not null ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : null;

    internal static bool? AsBoolean(object? v) => v is not null ? Convert.ToBoolean(v, CultureInfo.InvariantCulture) : null;

    internal static DateTimeOffset? AsDateTimeOffset(object? v) => v switch
    {
        null => null,
        DateTimeOffset d => d,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ => null,
    };
}
