using System.Buffers;
using Microsoft.Data.Sqlite;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Local;

/// <summary>
/// Azure-shaped tables in the store's SQLite file. Each write takes the database write lock, reads the current
/// version and checks its condition before writing, so ETag checks hold between processes sharing the root.
/// Names, keys and property values are held to Azure's limits, so what works here also works on Azure.
/// </summary>
public sealed partial class LocalTableStore : ITableStore
{
    /// <summary>
    /// The JSON of the entity being written, reused by every write on the thread: a transaction of a return's lines
    /// writes a hundred entities, and each would otherwise grow and copy a buffer of its own.
    /// </summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_json;

    private readonly StoreDatabase _database;
    private readonly TimeProvider _clock;

    internal LocalTableStore(StoreDatabase database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
    }

    /// <inheritdoc />
    public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default) =>
        Completed.Run(() =>
        {
            var key = TableRules.TableKey(table);
            _database.Write((connection, transaction) =>
                StoreDatabase.Execute(connection, transaction, "INSERT OR IGNORE INTO tables(name) VALUES ($t);", ("$t", key)));
        }, cancellationToken);

    /// <inheritdoc />
    public Task<string> AddAsync(string table, TableEntity entity, CancellationToken cancellationToken = default) =>
        WriteAsync(table, (connection, transaction, key) => Add(connection, transaction, key, entity), cancellationToken);

    /// <inheritdoc />
    public Task<string> UpsertAsync(string table, TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default) =>
        WriteAsync(table, (connection, transaction, key) => Put(connection, transaction, key, entity, mode, ifMatch: null), cancellationToken);

    /// <inheritdoc />
    public Task<string> UpdateAsync(string table, TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ifMatch);
        return WriteAsync(table, (connection, transaction, key) => Put(connection, transaction, key, entity, mode, ifMatch), cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string table, string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default) =>
        WriteAsync(table, (connection, transaction, key) => Remove(connection, transaction, key, partitionKey, rowKey, ifMatch, missingIsError: false), cancellationToken);

    /// <inheritdoc />
    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        Completed.Run(() =>
        {
            var key = TableRules.TableKey(table);
            TableRules.CheckKeys(partitionKey, rowKey);
            return _database.Read(connection =>
            {
                RequireTable(connection, null, key, table);
                return EntityRow.Get(connection, key, partitionKey, rowKey);
            });
        }, cancellationToken);

    private Task<T> WriteAsync<T>(string table, Func<SqliteConnection, SqliteTransaction, string, T> write, CancellationToken cancellationToken) =>
        Completed.Run(() =>
        {
            var key = TableRules.TableKey(table);
            return _database.Write((connection, transaction) =>
            {
                RequireTable(connection, transaction, key, table);
                return write(connection, transaction, key);
            });
        }, cancellationToken);

    private string Add(SqliteConnection connection, SqliteTransaction transaction, string table, TableEntity entity)
    {
        Check(entity);
        if (EntityRow.Find(connection, transaction, table, entity.PartitionKey, entity.RowKey) is not null)
        {
            throw StorageErrors.EntityAlreadyExists(table, entity.PartitionKey, entity.RowKey);
        }

        return Save(connection, table, entity.PartitionKey, entity.RowKey, entity);
    }

    /// <summary>Replaces or merges; with <paramref name="ifMatch"/> the entity must exist in that version, without it any state will do.</summary>
    private string Put(SqliteConnection connection, SqliteTransaction transaction, string table, TableEntity entity, TableUpdateMode mode, string? ifMatch)
    {
        Check(entity);
        // An unconditional replace does not depend on what is stored: no need to read it first.
        if (mode == TableUpdateMode.Replace && ifMatch is null)
        {
            return Save(connection, table, entity.PartitionKey, entity.RowKey, entity);
        }

        var current = EntityRow.Find(connection, transaction, table, entity.PartitionKey, entity.RowKey);
        if (ifMatch is not null)
        {
            RequireVersion(current, table, entity.PartitionKey, entity.RowKey, ifMatch);
        }

        if (mode == TableUpdateMode.Merge && current is not null)
        {
            var merged = current.ToEntity();
            foreach (var (name, value) in entity.Where(p => p.Value is not null))
            {
                merged[name] = value;
            }

            return Save(connection, table, entity.PartitionKey, entity.RowKey, merged);
        }

        return Save(connection, table, entity.PartitionKey, entity.RowKey, entity);
    }

    private static bool Remove(SqliteConnection connection, SqliteTransaction transaction, string table, string partitionKey, string rowKey, string ifMatch, bool missingIsError)
    {
        ArgumentNullException.ThrowIfNull(ifMatch);
        TableRules.CheckKeys(partitionKey, rowKey);
        var current = EntityRow.Find(connection, transaction, table, partitionKey, rowKey);
        if (current is null && !missingIsError)
        {
            return false;
        }

        RequireVersion(current, table, partitionKey, rowKey, ifMatch);
        EntityRow.Delete(connection, transaction, table, partitionKey, rowKey);
        return true;
    }

    private string Save(SqliteConnection connection, string table, string partitionKey, string rowKey, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var json = t_json ??= new ArrayBufferWriter<byte>(1024);
        json.ResetWrittenCount();
        EntityProperties.WriteJson(properties, json);
        var etag = ETags.NewEntityETag();
        EntityRow.Save(connection, table, partitionKey, rowKey, etag, _clock.GetUtcNow().UtcTicks, json.WrittenSpan);
        return etag;
    }

    private static void Check(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        TableRules.CheckKeys(entity.PartitionKey, entity.RowKey);
        TableRules.CheckProperties(entity);
    }

    private static void RequireVersion(EntityRow? current, string table, string partitionKey, string rowKey, string ifMatch)
    {
        if (current is null)
        {
            throw StorageErrors.ResourceNotFound(table, partitionKey, rowKey);
        }

        if (!ETags.Matches(ifMatch, current.ETag))
        {
            throw StorageErrors.UpdateConditionNotSatisfied(table, partitionKey, rowKey);
        }
    }

    private static void RequireTable(SqliteConnection connection, SqliteTransaction? transaction, string key, string table)
    {
        using var command = StoreDatabase.Command(connection, transaction, "SELECT 1 FROM tables WHERE name = $t;", ("$t", key));
        if (command.ExecuteScalar() is null)
        {
            throw StorageErrors.TableNotFound(table);
        }
    }
}
