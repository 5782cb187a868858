using System.Text.Json;
using Azure;
using Azure.Core;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Azure;

public sealed partial class TableClient
{
    /// <summary>Inserts a new entity and returns its ETag.</summary>
    /// <exception cref="RequestFailedException">409 EntityAlreadyExists when the keys are taken.</exception>
    public async Task<Response<string>> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var message = _rest.CreateMessage(RequestMethod.Post, Name);
        WriteJsonHeaders(message.Request);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        message.Request.Content = RequestContent.Create(TableEntityJson.Write(entity));
        var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return Response.FromValue(ETagOf(response), response);
    }

    /// <summary>Inserts, or replaces / merges into, the entity unconditionally; returns the new ETag.</summary>
    public Task<Response<string>> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default) =>
        WriteEntityAsync(entity, mode, ifMatch: null, cancellationToken);

    /// <summary>Replaces or merges an existing entity only if its ETag is <paramref name="ifMatch"/> (<c>*</c> for any).</summary>
    /// <exception cref="RequestFailedException">412 UpdateConditionNotSatisfied when stale; 404 ResourceNotFound when missing.</exception>
    public Task<Response<string>> UpdateEntityAsync(TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        return WriteEntityAsync(entity, mode, ifMatch, cancellationToken);
    }

    /// <summary>Deletes the entity if its ETag is <paramref name="ifMatch"/> (<c>*</c> for any version).</summary>
    /// <exception cref="RequestFailedException">404 when missing; 412 when stale.</exception>
    public async Task<Response> DeleteEntityAsync(string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default)
    {
        using var message = EntityMessage(RequestMethod.Delete, partitionKey, rowKey);
        message.Request.Headers.SetValue("If-Match", ifMatch);
        return await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One entity with its ETag and timestamp.</summary>
    /// <exception cref="RequestFailedException">404 ResourceNotFound when there is no such entity.</exception>
    public async Task<Response<TableEntity>> GetEntityAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        using var message = EntityMessage(RequestMethod.Get, partitionKey, rowKey);
        var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
        using var json = await JsonDocument.ParseAsync(response.ContentStream!, cancellationToken: cancellationToken).ConfigureAwait(false);
        var entity = TableEntityJson.Read(json.RootElement);
        entity.ETag ??= ETagOf(response);
        return Response.FromValue(entity, response);
    }

    private async Task<Response<string>> WriteEntityAsync(TableEntity entity, TableUpdateMode mode, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var message = EntityMessage(mode == TableUpdateMode.Merge ? Merge : RequestMethod.Put, entity.PartitionKey, entity.RowKey);
        if (ifMatch is not null)
        {
            message.Request.Headers.SetValue("If-Match", ifMatch);
        }

        message.Request.Content = RequestContent.Create(TableEntityJson.Write(entity));
        var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return Response.FromValue(ETagOf(response), response);
    }

    private HttpMessage EntityMessage(RequestMethod method, string partitionKey, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        var message = _rest.CreateMessageWithEscapedPath(method, TableKeys.EntityPath(Name, partitionKey, rowKey));
        WriteJsonHeaders(message.Request);
        return message;
    }
}
