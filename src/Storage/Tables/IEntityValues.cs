namespace Ukspf.Storage.Tables;

/// <summary>
/// An entity's keys and typed properties, to read and not to keep: what <see cref="ITableStore.ReadPartitionAsync{T}"/>
/// hands a caller that turns each entity into an object of its own. The getters convert as <see cref="TableEntity"/>'s
/// do; a store may read them straight from what it holds, without building an entity.
/// </summary>
public interface IEntityValues
{
    /// <summary>The partition key.</summary>
    string PartitionKey { get; }

    /// <summary>The row key.</summary>
    string RowKey { get; }

    /// <summary>A string property, or null.</summary>
    string? GetString(string key);

    /// <summary>A decimal property (stored exactly), or null.</summary>
    decimal? GetDecimal(string key);

    /// <summary>An Int32 property, or null.</summary>
    int? GetInt32(string key);

    /// <summary>An Int64 property, or null.</summary>
    long? GetInt64(string key);

    /// <summary>A Boolean property, or null.</summary>
    bool? GetBoolean(string key);

    /// <summary>A date-time property, or null.</summary>
    DateTimeOffset? GetDateTimeOffset(string key);
}
