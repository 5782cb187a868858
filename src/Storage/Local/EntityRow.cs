using System.Text;
using Microsoft.Data.Sqlite;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Local;

/// <summary>
/// One row of the <c>entities</c> table, its properties as the UTF-8 JSON of <see cref="EntityProperties"/> (stored as
/// text). Keys compare by Unicode code point (SQLite's binary collation).
/// </summary>
internal sealed record EntityRow(string PartitionKey, string RowKey, string ETag, long Timestamp, byte[] Properties)
{
    private const string Columns = "pk, rk, etag, timestamp, props";

    public TableEntity ToEntity() => new EntityDecoder().Read(PartitionKey, RowKey, ETag, Timestamp, Properties);

    public static EntityRow? Find(SqliteConnection connection, SqliteTransaction? transaction, string table, string partitionKey, string rowKey)
    {
        using var command = StoreDatabase.Command(connection, transaction,
            $"SELECT {Columns} FROM entities WHERE table_name = $t AND pk = $pk AND rk = $rk;",
            ("$t", table), ("$pk", partitionKey), ("$rk", rowKey));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new EntityRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), Utf8(reader))
            : null;
    }

    /// <summary>
    /// One page of a table, or of one partition when <paramref name="partitionKey"/> is given, in key order after
    /// the keys (<paramref name="afterPartition"/>, <paramref name="afterRow"/>), each row read by
    /// <paramref name="read"/> (<see cref="Entity"/> or <see cref="Values"/>); with the keys of the page's last row.
    /// </summary>
    public static async Task<(List<T> Rows, string? LastPartition, string? LastRow)> PageAsync<T>(SqliteConnection connection, string table, string? partitionKey, string? afterPartition, string? afterRow, int size, Func<string, string, SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        // Each case gets its own plain condition: "($pk IS NULL OR pk = $pk)" would stop SQLite from seeking the
        // primary key, turning every partition query into a scan of the whole table.
        var partition = partitionKey is null ? "" : " AND pk = $pk";
        var after = afterPartition is null ? "" : " AND (pk, rk) > ($apk, $ark)";
        await using var command = StoreDatabase.Command(connection, null,
            $"SELECT {Columns} FROM entities WHERE table_name = $t{partition}{after} ORDER BY pk, rk LIMIT $size;",
            ("$t", table), ("$pk", partitionKey), ("$apk", afterPartition), ("$ark", afterRow), ("$size", size));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<T>(size);
        string? lastPartition = null, lastRow = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            // Every row of a partition query has the partition key asked for (keys compare exactly), so it is not
            // read again for each row.
            lastPartition = partitionKey ?? reader.GetString(0);
            lastRow = reader.GetString(1);
            page.Add(read(lastPartition, lastRow, reader));
        }

        return (page, lastPartition, lastRow);
    }

    /// <summary>The entity a row of <see cref="PageAsync{T}"/> holds.</summary>
    public static TableEntity Entity(EntityDecoder decoder, string partitionKey, string rowKey, SqliteDataReader reader) =>
        decoder.Read(partitionKey, rowKey, reader.GetString(2), reader.GetInt64(3), Utf8(reader));

    /// <summary>A row of <see cref="PageAsync{T}"/>'s values to read in place, valid until the decoder reads the next.</summary>
    public static IEntityValues Values(EntityDecoder decoder, string partitionKey, string rowKey, SqliteDataReader reader) =>
        decoder.Values(partitionKey, rowKey, Utf8(reader));

    public void Save(SqliteConnection connection, SqliteTransaction transaction, string table) =>
        StoreDatabase.Execute(connection, transaction,
            $"INSERT OR REPLACE INTO entities(table_name, {Columns}) VALUES ($t, $pk, $rk, $etag, $ts, $props);",
            ("$t", table), ("$pk", PartitionKey), ("$rk", RowKey), ("$etag", ETag), ("$ts", Timestamp), ("$props", Encoding.UTF8.GetString(Properties)));

    public static void Delete(SqliteConnection connection, SqliteTransaction transaction, string table, string partitionKey, string rowKey) =>
        StoreDatabase.Execute(connection, transaction,
            "DELETE FROM entities WHERE table_name = $t AND pk = $pk AND rk = $rk;",
            ("$t", table), ("$pk", partitionKey), ("$rk", rowKey));

    /// <summary>
    /// The properties column's bytes as SQLite holds them (UTF-8), half the size of the string the text would make
    /// and ready for <see cref="EntityDecoder"/> without transcoding.
    /// </summary>
    private static byte[] Utf8(SqliteDataReader reader) => reader.GetFieldValue<byte[]>(4);
}
