using System.Runtime.CompilerServices;
using SQLitePCL;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Local;

public sealed partial class LocalTableStore
{
    private const int QueryPageSize = 1000;

    /// <inheritdoc />
    public IAsyncEnumerable<TableEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        return QueryAsync(table, partitionKey, EntityRow.Entity, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<TableEntity> QueryAllAsync(string table, CancellationToken cancellationToken = default) =>
        QueryAsync(table, null, EntityRow.Entity, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Here no entity is built: each row's values are read from its stored JSON as <paramref name="read"/> asks for them.</remarks>
    public IAsyncEnumerable<T> ReadPartitionAsync<T>(string table, string partitionKey, Func<IEntityValues, T> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(read);
        return QueryAsync(table, partitionKey, (decoder, pk, rk, row) => read(EntityRow.Values(decoder, pk, rk, row)), cancellationToken);
    }

    private async IAsyncEnumerable<T> QueryAsync<T>(string table, string? partitionKey, Func<EntityDecoder, string, string, sqlite3_stmt, T> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var key = TableRules.TableKey(table);
        var decoder = new EntityDecoder();
        (string Partition, string Row)? after = null;
        while (true)
        {
            // Page by page, as Azure does, so no connection stays open while the caller works on the results.
            var (page, lastPartition, lastRow) = ReadPage(key, table, partitionKey, after, (pk, rk, row) => read(decoder, pk, rk, row), cancellationToken);
            foreach (var item in page)
            {
                yield return item;
            }

            if (page.Count < QueryPageSize)
            {
                yield break;
            }

            after = (lastPartition!, lastRow!);
        }
    }

    private (List<T> Rows, string? LastPartition, string? LastRow) ReadPage<T>(string key, string table, string? partitionKey, (string Partition, string Row)? after, Func<string, string, sqlite3_stmt, T> read, CancellationToken cancellationToken)
    {
        using var connection = _database.Open();
        if (after is null)
        {
            RequireTable(connection, null, key, table);
        }

        return EntityRow.Page(connection, key, partitionKey, after?.Partition, after?.Row, QueryPageSize, read, cancellationToken);
    }
}
