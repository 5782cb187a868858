using Microsoft.Data.Sqlite;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Local;

public sealed partial class LocalTableStore
{
    private const int MaxTransactionActions = 100;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">No actions, more than 100, more than one partition, or one entity twice: Azure refuses such a batch whole.</exception>
    public Task SubmitTransactionAsync(string table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        CheckShape(actions);
        return Completed.Run(() =>
        {
            var key = TableRules.TableKey(table);
            _database.Write((connection, transaction) =>
            {
                Attempt(0, () => RequireTable(connection, transaction, key, table));
                for (var index = 0; index < actions.Count; index++)
                {
                    var action = actions[index];
                    Attempt(index, () => Apply(connection, transaction, key, action));
                }

                return actions.Count;
            });
        }, cancellationToken);
    }

    private static void CheckShape(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > MaxTransactionActions)
        {
            throw new ArgumentException($"A transaction holds 1 to {MaxTransactionActions} actions, not {actions.Count}.", nameof(actions));
        }

        if (actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            throw new ArgumentException("Every action of a transaction must be on the same partition.", nameof(actions));
        }

        if (actions.Select(a => a.Entity.RowKey).Distinct(StringComparer.Ordinal).Count() != actions.Count)
        {
            throw new ArgumentException("A transaction may touch each entity only once.", nameof(actions));
        }
    }

    /// <summary>Runs one action; its failure aborts the transaction, and the rollback leaves nothing written.</summary>
    private static void Attempt(int index, Action action)
    {
        try
        {
            action();
        }
        catch (StorageException failure)
        {
            throw new TableTransactionFailedException(index, failure.Status, failure.ErrorCode, $"Action {index} of the transaction failed: {failure.Message}");
        }
    }

    private void Apply(SqliteConnection connection, SqliteTransaction transaction, string table, TableTransactionAction action)
    {
        var entity = action.Entity;
        switch (action.ActionType)
        {
            case TableTransactionActionType.Add:
                Add(connection, transaction, table, entity);
                break;
            case TableTransactionActionType.UpsertReplace:
                Put(connection, transaction, table, entity, TableUpdateMode.Replace, ifMatch: null);
                break;
            case TableTransactionActionType.UpsertMerge:
                Put(connection, transaction, table, entity, TableUpdateMode.Merge, ifMatch: null);
                break;
            case TableTransactionActionType.UpdateReplace:
                Put(connection, transaction, table, entity, TableUpdateMode.Replace, action.IfMatch);
                break;
            case TableTransactionActionType.Delete:
                Remove(connection, transaction, table, entity.PartitionKey, entity.RowKey, action.IfMatch, missingIsError: true);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Unknown transaction action.");
        }
    }
}
