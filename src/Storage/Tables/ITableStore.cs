using System.Runtime.CompilerServices;

namespace Ukspf.Storage.Tables;

/// <summary>
/// The table operations the pipeline uses, shaped like Azure Table Storage. Implemented by the embedded local
/// store (SQLite) and by <see cref="Azure.AzureTableStore"/> over the Azure Tables SDK.
/// </summary>
public interface ITableStore
{
    /// <summary>Creates the table if it does not exist.</summary>
    Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default);

    /// <summary>Inserts a new entity; returns its ETag.</summary>
    /// <exception cref="StorageException">409 EntityAlreadyExists when the keys are taken.</exception>
    Task<string> AddAsync(string table, TableEntity entity, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces (or merges) unconditionally; returns the new ETag.</summary>
    Task<string> UpsertAsync(string table, TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default);

    /// <summary>Replaces (or merges) an existing entity only if its ETag matches (<c>*</c> for any); returns the new ETag.</summary>
    /// <exception cref="StorageException">412 UpdateConditionNotSatisfied when the ETag is stale; 404 when the entity is missing.</exception>
    Task<string> UpdateAsync(string table, TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default);

    /// <summary>Deletes an entity (ETag <c>*</c> for any version); returns false when it did not exist.</summary>
    /// <exception cref="StorageException">412 when the ETag is stale.</exception>
    Task<bool> DeleteAsync(string table, string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default);

    /// <summary>One entity, or null.</summary>
    Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default);

    /// <summary>Every entity of a partition in row key order (ordinal), paging internally.</summary>
    IAsyncEnumerable<TableEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every entity of a partition in row key order, each turned by <paramref name="read"/> into the caller's object.
    /// The values <paramref name="read"/> is given are valid only during the call, so a store may hand it what it
    /// holds without building a <see cref="TableEntity"/> for each row; by default each entity is built and read.
    /// <paramref name="read"/> should do no more than read the values: a store may call it while it reads the page.
    /// </summary>
    async IAsyncEnumerable<T> ReadPartitionAsync<T>(string table, string partitionKey, Func<IEntityValues, T> read,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        await foreach (var entity in QueryPartitionAsync(table, partitionKey, cancellationToken))
        {
            yield return read(entity);
        }
    }

    /// <summary>Every entity of the table in partition then row key order, paging internally.</summary>
    IAsyncEnumerable<TableEntity> QueryAllAsync(string table, CancellationToken cancellationToken = default);

    /// <summary>Runs up to 100 operations on one partition atomically: all happen or none.</summary>
    /// <exception cref="TableTransactionFailedException">An operation failed; nothing was written.</exception>
    /// <exception cref="ArgumentException">More than 100 actions, or actions on more than one partition: refused before anything is written.</exception>
    Task SubmitTransactionAsync(string table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default);
}
