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
    private const string Insert = $"INSERT OR REPLACE INTO entities(table_name, {Columns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6);";

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

    /// <summary>The entity stored under the keys, read as <see cref="Page{T}"/> reads a row; null when there is none.</summary>
    public static TableEntity? Get(SqliteConnection connection, string table, string partitionKey, string rowKey)
    {
        TableEntity? found = null;
        var decoder = new EntityDecoder();
        Each(connection, $"SELECT {Columns} FROM entities WHERE table_name = $t AND pk = $pk AND rk = $rk;",
            [("$t", table), ("$pk", partitionKey), ("$rk", rowKey)], null,
            row => found = Entity(decoder, partitionKey, rowKey, row), CancellationToken.None);
        return found;
    }

    /// <summary>
    /// One page of a table, or of one partition when <paramref name="partitionKey"/> is given, in key order after
    /// the keys (<paramref name="afterPartition"/>, <paramref name="afterRow"/>), each row read by
    /// <paramref name="read"/> (<see cref="Entity"/> or <see cref="Values"/>); with the keys of the page's last row.
    /// </summary>
    public static (List<T> Rows, string? LastPartition, string? LastRow) Page<T>(SqliteConnection connection, string table, string? partitionKey, string? afterPartition, string? afterRow, int size, Func<string, string, sqlite3_stmt, T> read, CancellationToken cancellationToken)
    {
        // Each case gets its own plain condition: "($pk IS NULL OR pk = $pk)" would stop SQLite from seeking the
        // primary key, turning every partition query into a scan of the whole table.
        var partition = partitionKey is null ? "" : " AND pk = $pk";
        var after = afterPartition is null ? "" : " AND (pk, rk) > ($apk, $ark)";
        var page = new List<T>();
        string? lastPartition = null, lastRow = null;
        Each(connection, $"SELECT {Columns} FROM entities WHERE table_name = $t{partition}{after} ORDER BY pk, rk LIMIT $size;",
            [("$t", table), ("$pk", partitionKey), ("$apk", afterPartition), ("$ark", afterRow)], size,
            row =>
            {
                // Every row of a partition query has the partition key asked for (keys compare exactly), so it is not
                // read again for each row.
                lastPartition = partitionKey ?? raw.sqlite3_column_text(row, 0).utf8_to_string();
                lastRow = raw.sqlite3_column_text(row, 1).utf8_to_string();
                page.Add(read(lastPartition, lastRow, row));
            }, cancellationToken);
        return (page, lastPartition, lastRow);
    }

    /// <summary>The entity a row of <see cref="Page{T}"/> holds.</summary>
    public static TableEntity Entity(EntityDecoder decoder, string partitionKey, string rowKey, sqlite3_stmt row) =>
        decoder.Read(partitionKey, rowKey, raw.sqlite3_column_text(row, 2).utf8_to_string(), raw.sqlite3_column_int64(row, 3), raw.sqlite3_column_blob(row, 4));

    /// <summary>A row of <see cref="Page{T}"/>'s values to read in place, valid until the decoder reads the next.</summary>
    public static IEntityValues Values(EntityDecoder decoder, string partitionKey, string rowKey, sqlite3_stmt row) =>
        decoder.Values(partitionKey, rowKey, raw.sqlite3_column_blob(row, 4));

    /// <summary>
    /// Writes a row, replacing any stored under its keys, in the connection's open transaction. The properties are
    /// bound as SQLite's text straight from their UTF-8 bytes, which are neither copied nor turned into a string.
    /// </summary>
    public static void Save(SqliteConnection connection, string table, string partitionKey, string rowKey, string etag, long timestamp, ReadOnlySpan<byte> properties)
    {
        var database = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(database, Insert, out var statement), database);
        using (statement)
        {
            raw.sqlite3_bind_text(statement, 1, table);
            raw.sqlite3_bind_text(statement, 2, partitionKey);
            raw.sqlite3_bind_text(statement, 3, rowKey);
            raw.sqlite3_bind_text(statement, 4, etag);
            raw.sqlite3_bind_int64(statement, 5, timestamp);
            raw.sqlite3_bind_text(statement, 6, properties);
            var step = raw.sqlite3_step(statement);
            if (step != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(step, database);
            }
        }
    }

    public static void Delete(SqliteConnection connection, SqliteTransaction transaction, string table, string partitionKey, string rowKey) =>
        StoreDatabase.Execute(connection, transaction,
            "DELETE FROM entities WHERE table_name = $t AND pk = $pk AND rk = $rk;",
            ("$t", table), ("$pk", partitionKey), ("$rk", rowKey));

    /// <summary>
    /// Runs a query on SQLite's own statement rather than through a data reader, calling <paramref name="row"/> for
    /// each row while its columns are still SQLite's: a row's properties are read where SQLite holds them instead of
    /// being copied into a new array for each row. Text parameters that are null, or that the query does not name,
    /// are left unbound; <paramref name="limit"/> is bound as <c>$size</c>.
    /// </summary>
    private static void Each(SqliteConnection connection, string sql, (string Name, string? Value)[] parameters, int? limit, Action<sqlite3_stmt> row, CancellationToken cancellationToken)
    {
        var database = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(database, sql, out var statement), database);
        using (statement)
        {
            foreach (var (name, value) in parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(statement, name);
                if (index > 0 && value is not null)
                {
                    raw.sqlite3_bind_text(statement, index, value);
                }
            }

            if (limit is { } size)
            {
                raw.sqlite3_bind_int(statement, raw.sqlite3_bind_parameter_index(statement, "$size"), size);
            }

            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                cancellationToken.ThrowIfCancellationRequested();
                row(statement);
            }

            if (step != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(step, database);
            }
        }
    }

    /// <summary>
    /// The properties column's bytes as SQLite holds them (UTF-8), half the size of the string the text would make
    /// and ready for <see cref="EntityDecoder"/> without transcoding.
    /// </summary>
    private static byte[] Utf8(SqliteDataReader reader) => reader.GetFieldValue<byte[]>(4);
}
