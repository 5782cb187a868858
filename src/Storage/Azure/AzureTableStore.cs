using System.Runtime.CompilerServices;
using Azure;
using Ukspf.Storage.Tables;
using static Ukspf.Storage.Azure.StorageExceptionTranslation;

namespace Ukspf.Storage.Azure;

/// <summary><see cref="ITableStore"/> on Azure Table Storage (or Azurite), failures as <see cref="StorageException"/>.</summary>
public sealed class AzureTableStore : ITableStore
{
    private readonly TableServiceClient _service;

    /// <summary>Wraps a Table service client.</summary>
    public AzureTableStore(TableServiceClient service) => _service = service ?? throw new ArgumentNullException(nameof(service));

    /// <inheritdoc />
    public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default) =>
        Translate(async () => (await Table(table).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false)).Value);

    /// <inheritdoc />
    public Task<string> AddAsync(string table, TableEntity entity, CancellationToken cancellationToken = default) =>
        Translate(async () => (await Table(table).AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)).Value);

    /// <inheritdoc />
    public Task<string> UpsertAsync(string table, TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default) =>
        Translate(async () => (await Table(table).UpsertEntityAsync(entity, mode, cancellationToken).ConfigureAwait(false)).Value);

    /// <inheritdoc />
    public Task<string> UpdateAsync(string table, TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default) =>
        Translate(async () => (await Table(table).UpdateEntityAsync(entity, ifMatch, mode, cancellationToken).ConfigureAwait(false)).Value);

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string table, string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default) =>
        Translate(async () =>
        {
            try
            {
                await Table(table).DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return false;
            }
        });

    /// <inheritdoc />
    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        Translate<TableEntity?>(async () =>
        {
            try
            {
                return (await Table(table).GetEntityAsync(partitionKey, rowKey, cancellationToken).ConfigureAwait(false)).Value;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }
        });

    /// <inheritdoc />
    public IAsyncEnumerable<TableEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken = default) =>
        Enumerate(Table(table).QueryPartitionAsync(partitionKey, cancellationToken: cancellationToken), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<TableEntity> QueryAllAsync(string table, CancellationToken cancellationToken = default) =>
        Enumerate(Table(table).QueryAsync(cancellationToken: cancellationToken), cancellationToken);

    /// <inheritdoc />
    public async Task SubmitTransactionAsync(string table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        if (actions.Count == 0)
        {
            return;
        }

        try
        {
            await Table(table).SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionRequestFailedException e)
        {
            throw new TableTransactionFailedException(e.FailedIndex, e.Status, e.ErrorCode ?? "", e.Message);
        }
        catch (RequestFailedException e)
        {
            throw ToStorageException(e);
        }
    }

    private static async IAsyncEnumerable<TableEntity> Enumerate(AsyncPageable<TableEntity> pageable, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var items = pageable.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            TableEntity item;
            try
            {
                if (!await items.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }

                item = items.Current;
            }
            catch (RequestFailedException e)
            {
                throw ToStorageException(e);
            }

            yield return item;
        }
    }

    private TableClient Table(string table) => _service.GetTableClient(table);
}
