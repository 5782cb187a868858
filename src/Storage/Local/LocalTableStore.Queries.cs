using System.Runtime.CompilerServices;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Local;

public sealed partial class LocalTableStore
{
    private const int QueryPageSize = 1000;

    /// <inheritdoc />
    public IAsyncEnumerable<TableEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        return QueryAsync(table, partitionKey, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<TableEntity> QueryAllAsync(string table, CancellationToken cancellationToken = default) =>
        QueryAsync(table, null, cancellationToken);

    private async IAsyncEnumerable<TableEntity> QueryAsync(string table, string? partitionKey, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var key = TableRules.TableKey(table);
        (string Partition, string Row)? after = null;
        var decoder = new EntityDecoder();
        while (true)
        {
            // Page by page, as Azure does, so no connection stays open while the caller works on the results.
            var page = await ReadPageAsync(key, table, partitionKey, after, decoder, cancellationToken);
            foreach (var entity in page)
            {
                yield return entity;
            }

            if (page.Count < QueryPageSize)
            {
                yield break;
            }

            after = (page[^1].PartitionKey, page[^1].RowKey);
        }
    }

    private async Task<List<TableEntity>> ReadPageAsync(string key, string table, string? partitionKey, (string Partition, string Row)? after, EntityDecoder decoder, CancellationToken cancellationToken)
    {
        await using var connection = _database.Open();
        if (after is null)
        {
            RequireTable(connection, null, key, table);
        }

        return await EntityRow.PageAsync(connection, key, partitionKey, after?.Partition, after?.Row, QueryPageSize, decoder, cancellationToken);
    }
}
