using Ukspf.Storage.Tables;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>
/// A table store that passes everything through except writes to one table, which throw what the test says for as
/// many writes as it says: a storage outage, a value the store refuses, or a plain bug.
/// </summary>
internal sealed class FaultyTables(ITableStore inner) : ITableStore
{
    private string? _table;
    private Func<Exception>? _fault;
    private int _remaining;

    /// <summary>Makes the next <paramref name="times"/> writes to <paramref name="table"/> throw.</summary>
    public void Fail(string table, Func<Exception> fault, int times = int.MaxValue)
    {
        _table = table;
        _fault = fault;
        _remaining = times;
    }

    public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default) => inner.CreateTableIfNotExistsAsync(table, cancellationToken);

    public Task<string> AddAsync(string table, TableEntity entity, CancellationToken cancellationToken = default)
    {
        ThrowIfFaulty(table);
        return inner.AddAsync(table, entity, cancellationToken);
    }

    public Task<string> UpsertAsync(string table, TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ThrowIfFaulty(table);
        return inner.UpsertAsync(table, entity, mode, cancellationToken);
    }

    public Task<string> UpdateAsync(string table, TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ThrowIfFaulty(table);
        return inner.UpdateAsync(table, entity, ifMatch, mode, cancellationToken);
    }

    public Task<bool> DeleteAsync(string table, string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default)
    {
        ThrowIfFaulty(table);
        return inner.DeleteAsync(table, partitionKey, rowKey, ifMatch, cancellationToken);
    }

    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default) => inner.GetAsync(table, partitionKey, rowKey, cancellationToken);

    public IAsyncEnumerable<TableEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken = default) => inner.QueryPartitionAsync(table, partitionKey, cancellationToken);

    public IAsyncEnumerable<TableEntity> QueryAllAsync(string table, CancellationToken cancellationToken = default) => inner.QueryAllAsync(table, cancellationToken);

    public Task SubmitTransactionAsync(string table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ThrowIfFaulty(table);
        return inner.SubmitTransactionAsync(table, actions, cancellationToken);
    }

    private void ThrowIfFaulty(string table)
    {
        if (_fault is null || table != _table || _remaining <= 0) return;
        _remaining--;
        throw _fault();
    }
}
