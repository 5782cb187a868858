using Azure;
using Azure.Data.Tables;
using static Ukspf.Storage.Azure.StorageExceptionTranslation;
using SdkActionType = Azure.Data.Tables.TableTransactionActionType;
using SdkEntity = Azure.Data.Tables.TableEntity;
using SdkTransactionAction = Azure.Data.Tables.TableTransactionAction;
using SdkTransactionFailedException = Azure.Data.Tables.TableTransactionFailedException;
using SdkUpdateMode = Azure.Data.Tables.TableUpdateMode;
using TableEntity = Ukspf.Storage.Tables.TableEntity;
using TableTransactionAction = Ukspf.Storage.Tables.TableTransactionAction;
using TableTransactionActionType = Ukspf.Storage.Tables.TableTransactionActionType;
using TableTransactionFailedException = Ukspf.Storage.Tables.TableTransactionFailedException;
using TableUpdateMode = Ukspf.Storage.Tables.TableUpdateMode;

namespace Ukspf.Storage.Azure;

/// <summary>
/// <see cref="Tables.ITableStore"/> over the Azure Tables SDK (Azure or Azurite); failures surface as
/// <see cref="StorageException"/> with the service's error code, and decimals are kept exact (ADR-004).
/// </summary>
public sealed class AzureTableStore : Tables.ITableStore
{
    /// <summary>The service's limit on one entity group transaction; the SDK does not check it, so this store does.</summary>
    private const int MaxTransactionActions = 100;

    private readonly TableServiceClient _service;

    /// <summary>Wraps a Table service client; tables are reached through it by name.</summary>
    public AzureTableStore(TableServiceClient service) => _service = service ?? throw new ArgumentNullException(nameof(service));

    /// <inheritdoc />
    public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default) =>
        Translate(async () => await Table(table).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public Task<string> AddAsync(string table, TableEntity entity, CancellationToken cancellationToken = default) =>
        Translate(async () => ETagOf(await Table(table).AddEntityAsync(TableEntityConversion.ToSdk(entity), cancellationToken).ConfigureAwait(false)));

    /// <inheritdoc />
    public Task<string> UpsertAsync(string table, TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default) =>
        Translate(async () => ETagOf(await Table(table).UpsertEntityAsync(TableEntityConversion.ToSdk(entity), Mode(mode), cancellationToken).ConfigureAwait(false)));

    /// <inheritdoc />
    public Task<string> UpdateAsync(string table, TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ifMatch);
        return Translate(async () =>
            ETagOf(await Table(table).UpdateEntityAsync(TableEntityConversion.ToSdk(entity), new ETag(ifMatch), Mode(mode), cancellationToken).ConfigureAwait(false)));
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string table, string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ifMatch);
        // The SDK answers a missing entity (or table) with the 404 response rather than an exception.
        return Translate(async () =>
            (await Table(table).DeleteEntityAsync(partitionKey, rowKey, new ETag(ifMatch), cancellationToken).ConfigureAwait(false)).Status != 404);
    }

    /// <inheritdoc />
    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        Translate<TableEntity?>(async () =>
        {
            try
            {
                var entity = (await Table(table).GetEntityAsync<SdkEntity>(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
                return TableEntityConversion.FromSdk(entity);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }
        });

    /// <inheritdoc />
    public IAsyncEnumerable<TableEntity> QueryPartitionAsync(string table, string partitionKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        return Translate(Table(table).QueryAsync<SdkEntity>(filter, cancellationToken: cancellationToken), TableEntityConversion.FromSdk, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<TableEntity> QueryAllAsync(string table, CancellationToken cancellationToken = default) =>
        Translate(Table(table).QueryAsync<SdkEntity>(cancellationToken: cancellationToken), TableEntityConversion.FromSdk, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="ArgumentException">More than 100 actions, or actions on more than one partition; nothing is sent.</exception>
    public async Task SubmitTransactionAsync(string table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0)
        {
            return;
        }

        if (actions.Count > MaxTransactionActions)
        {
            throw new ArgumentException($"A transaction holds 1 to {MaxTransactionActions} actions, not {actions.Count}.", nameof(actions));
        }

        if (actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            throw new ArgumentException("Every action of a transaction must be on the same partition.", nameof(actions));
        }

        var batch = actions.Select(ToSdk).ToList();
        try
        {
            await Table(table).SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (SdkTransactionFailedException e)
        {
            var index = e.FailedTransactionActionIndex ?? -1;
            throw new TableTransactionFailedException(
                index, e.Status, ErrorCode(e), $"Action {index} of the transaction on table '{table}' failed: {e.Message}", e);
        }
        catch (RequestFailedException e)
        {
            throw ToStorageException(e);
        }
    }

    private static SdkTransactionAction ToSdk(TableTransactionAction action) => action.ActionType switch
    {
        TableTransactionActionType.Add => new(SdkActionType.Add, TableEntityConversion.ToSdk(action.Entity)),
        TableTransactionActionType.UpsertReplace => new(SdkActionType.UpsertReplace, TableEntityConversion.ToSdk(action.Entity)),
        TableTransactionActionType.UpsertMerge => new(SdkActionType.UpsertMerge, TableEntityConversion.ToSdk(action.Entity)),
        TableTransactionActionType.UpdateReplace => new(SdkActionType.UpdateReplace, TableEntityConversion.ToSdk(action.Entity), new ETag(action.IfMatch)),
        TableTransactionActionType.Delete => new(SdkActionType.Delete, new SdkEntity(action.Entity.PartitionKey, action.Entity.RowKey), new ETag(action.IfMatch)),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Unknown transaction action."),
    };

    private static SdkUpdateMode Mode(TableUpdateMode mode) => mode switch
    {
        TableUpdateMode.Replace => SdkUpdateMode.Replace,
        TableUpdateMode.Merge => SdkUpdateMode.Merge,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown update mode."),
    };

    private static string ETagOf(Response response) =>
        response.Headers.ETag is { } etag ? Header(etag) : throw new InvalidOperationException("The Table service answered a write without an ETag.");

    private TableClient Table(string table) => _service.GetTableClient(table);
}
