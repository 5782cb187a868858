using Ukspf.Storage.Tables;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>
/// A table store that passes everything through except writes to one table, which throw what the test says for as
/// many writes as it says: a storage outage, a value the store refuses, or a plain bug.
/// </summary>
internal sealed class FaultyTables(ITableStore inner) : ITableStore
{
    private string? _table;
    private string? _operation;
    private Func<Exception>? _fault;
    private int _remaining;

    /// <summary>
    /// Makes the next <paramref name="times"/> writes to <paramref name="table"/> throw; only writes by the method
    /// named <paramref name="operation"/> (e.g. <c>nameof(ITableStore.UpdateAsync)</c>) when one is named.
    /// </summary>
    public void Fail(string table, Func<Exception> fault, int times = int.MaxValue, string? operation = null)
    {
        _table = table;
        _operation = operation;
        _fault = fault;
        _remaining = times;
    }

    public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default) => inner.CreateTableIfNotExistsAsync(table, cancellationToken);

    public Task<string> AddAsync(string table, TableEntity entity, CancellationToken cancellationToken = default)
    {
        ThrowIfFaulty(table, nameof(AddAsync));
        return inner.AddAsync(table, entity, cancellationToken);
    }

    public Task<string> UpsertAsync(string table, TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ThrowIfFaulty(table, nameof(UpsertAsync));
        return inner.UpsertAsync(table, entity, mode, cancellationToken);
    }

    public Task<string> UpdateAsync(string table, TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ThrowIfFaulty(table, nameof(UpdateAsync));
        return inner.UpdateAsync(table, entity, ifMatch, mode, cancellationToken);
    }

    public Task<bool> DeleteAsync(string table, string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default)
    {
        ThrowIfFaulty(table, nameof(DeleteAsync));
        return inner.DeleteAsync(table, partitionKey, rowKey, ifMatch, cancellationToken);
    }

    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default) => inner.GetAsync(table, partitionKey, rowKey, cancellationToken);

    public IAsyncEnumerable<TableEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken = default) => inner.QueryPartitionAsync(table, partitionKey, cancellationToken);

    public IAsyncEnumerable<TableEntity> QueryAllAsync(string table, CancellationToken cancellationToken = default) => inner.QueryAllAsync(table, cancellationToken);

    public Task SubmitTransactionAsync(string table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ThrowIfFaulty(table, nameof(SubmitTransactionAsync));
        return inner.SubmitTransactionAsync(table, actions, cancellationToken);
    }

    private void ThrowIfFaulty(string table, string operation)
    {
        if (_fault is null || table != _table || _remaining <= 0 || (_operation is not null && operation != _operation)) return;
        _remaining--;
        throw _fault();
    }
}
