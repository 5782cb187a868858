using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
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
    /// <remarks>
    /// Stepped through SQLite's own statement rather than a data reader, so a row's properties are read where SQLite
    /// holds them instead of being copied into a new array for each row.
    /// </remarks>
    public static (List<T> Rows, string? LastPartition, string? LastRow) Page<T>(SqliteConnection connection, string table, string? partitionKey, string? afterPartition, string? afterRow, int size, Func<string, string, sqlite3_stmt, T> read, CancellationToken cancellationToken)
    {
        // Each case gets its own plain condition: "($pk IS NULL OR pk = $pk)" would stop SQLite from seeking the
        // primary key, turning every partition query into a scan of the whole table.
        var partition = partitionKey is null ? "" : " AND pk = $pk";
        var after = afterPartition is null ? "" : " AND (pk, rk) > ($apk, $ark)";
        var database = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(database,
            $"SELECT {Columns} FROM entities WHERE table_name = $t{partition}{after} ORDER BY pk, rk LIMIT $size;", out var statement), database);
        using (statement)
        {
            Bind(statement, "$t", table);
            Bind(statement, "$pk", partitionKey);
            Bind(statement, "$apk", afterPartition);
            Bind(statement, "$ark", afterRow);
            raw.sqlite3_bind_int(statement, raw.sqlite3_bind_parameter_index(statement, "$size"), size);
            var page = new List<T>();
            string? lastPartition = null, lastRow = null;
            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Every row of a partition query has the partition key asked for (keys compare exactly), so it is not
                // read again for each row.
                lastPartition = partitionKey ?? raw.sqlite3_column_text(statement, 0).utf8_to_string();
                lastRow = raw.sqlite3_column_text(statement, 1).utf8_to_string();
                page.Add(read(lastPartition, lastRow, statement));
            }

            if (step != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(step, database);
            }

            return (page, lastPartition, lastRow);
        }
    }

    /// <summary>The entity a row of <see cref="Page{T}"/> holds.</summary>
    public static TableEntity Entity(EntityDecoder decoder, string partitionKey, string rowKey, sqlite3_stmt row) =>
        decoder.Read(partitionKey, rowKey, raw.sqlite3_column_text(row, 2).utf8_to_string(), raw.sqlite3_column_int64(row, 3), raw.sqlite3_column_blob(row, 4));

    /// <summary>A row of <see cref="Page{T}"/>'s values to read in place, valid until the decoder reads the next.</summary>
    public static IEntityValues Values(EntityDecoder decoder, string partitionKey, string rowKey, sqlite3_stmt row) =>
        decoder.Values(partitionKey, rowKey, raw.sqlite3_column_blob(row, 4));

    public void Save(SqliteConnection connection, SqliteTransaction transaction, string table) =>
        StoreDatabase.Execute(connection, transaction,
            $"INSERT OR REPLACE INTO entities(table_name, {Columns}) VALUES ($t, $pk, $rk, $etag, $ts, $props);",
            ("$t", table), ("$pk", PartitionKey), ("$rk", RowKey), ("$etag", ETag), ("$ts", Timestamp), ("$props", Encoding.UTF8.GetString(Properties)));

    public static void Delete(SqliteConnection connection, SqliteTransaction transaction, string table, string partitionKey, string rowKey) =>
        StoreDatabase.Execute(connection, transaction,
            "DELETE FROM entities WHERE table_name = $t AND pk = $pk AND rk = $rk;",
            ("$t", table), ("$pk", partitionKey), ("$rk", rowKey));

    /// <summary>Binds a named parameter the statement has, if it has it; null binds nothing, which SQLite reads as NULL.</summary>
    private static void Bind(sqlite3_stmt statement, string name, string? value)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        if (index > 0 && value is not null)
        {
            raw.sqlite3_bind_text(statement, index, value);
        }
    }

    /// <summary>
    /// The properties column's bytes as SQLite holds them (UTF-8), half the size of the string the text would make
    /// and ready for <see cref="EntityDecoder"/> without transcoding.
    /// </summary>
    private static byte[] Utf8(SqliteDataReader reader) => reader.GetFieldValue<byte[]>(4);
}
