using Microsoft.Data.Sqlite;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Local;

/// <summary>One row of the <c>entities</c> table. Keys compare by Unicode code point (SQLite's binary collation).</summary>
internal sealed record EntityRow(string PartitionKey, string RowKey, string ETag, long Timestamp, string Properties)
{
    private const string Columns = "pk, rk, etag, timestamp, props";

    public TableEntity ToEntity()
    {
        var entity = new TableEntity(PartitionKey, RowKey)
        {
            ETag = ETag,
            Timestamp = new DateTimeOffset(Timestamp, TimeSpan.Zero),
        };
        foreach (var (name, value) in EntityProperties.FromJson(Properties))
        {
            entity[name] = value;
        }

        return entity;
    }

    public static EntityRow? Find(SqliteConnection connection, SqliteTransaction? transaction, string table, string partitionKey, string rowKey)
    {
        using var command = StoreDatabase.Command(connection, transaction,
            $"SELECT {Columns} FROM entities WHERE table_name = $t AND pk = $pk AND rk = $rk;",
            ("$t", table), ("$pk", partitionKey), ("$rk", rowKey));
        using var reader = command.ExecuteReader();
        return reader.Read() ? FromReader(reader) : null;
    }

    /// <summary>
    /// One page of a table, or of one partition when <paramref name="partitionKey"/> is given, in key order after
    /// the keys (<paramref name="afterPartition"/>, <paramref name="afterRow"/>).
    /// </summary>
    public static async Task<List<EntityRow>> PageAsync(SqliteConnection connection, string table, string? partitionKey, string? afterPartition, string? afterRow, int size, CancellationToken cancellationToken)
    {
        // Each case gets its own plain condition: "($pk IS NULL OR pk = $pk)" would stop SQLite from seeking the
        // primary key, turning every partition query into a scan of the whole table.
        var partition = partitionKey is null ? "" : " AND pk = $pk";
        var after = afterPartition is null ? "" : " AND (pk, rk) > ($apk, $ark)";
        await using var command = StoreDatabase.Command(connection, null,
            $"SELECT {Columns} FROM entities WHERE table_name = $t{partition}{after} ORDER BY pk, rk LIMIT $size;",
            ("$t", table), ("$pk", partitionKey), ("$apk", afterPartition), ("$ark", afterRow), ("$size", size));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<EntityRow>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(FromReader(reader));
        }

        return page;
    }

    public void Save(SqliteConnection connection, SqliteTransaction transaction, string table) =>
        StoreDatabase.Execute(connection, transaction,
            $"INSERT OR REPLACE INTO entities(table_name, {Columns}) VALUES ($t, $pk, $rk, $etag, $ts, $props);",
            ("$t", table), ("$pk", PartitionKey), ("$rk", RowKey), ("$etag", ETag), ("$ts", Timestamp), ("$props", Properties));

    public static void Delete(SqliteConnection connection, SqliteTransaction transaction, string table, string partitionKey, string rowKey) =>
        StoreDatabase.Execute(connection, transaction,
            "DELETE FROM entities WHERE table_name = $t AND pk = $pk AND rk = $rk;",
            ("$t", table), ("$pk", partitionKey), ("$rk", rowKey));

    private static EntityRow FromReader(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4));
}
