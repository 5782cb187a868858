using Azure;
using Azure.Core;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Azure;

public sealed partial class TableClient
{
    /// <summary>The service's limit on operations in one entity group transaction.</summary>
    public const int MaxTransactionActions = 100;

    /// <summary>
    /// Runs up to 100 operations on one partition as an entity group transaction: all happen or none. Returns the ETag
    /// each operation produced (empty for deletes), in order.
    /// </summary>
    /// <exception cref="TableTransactionRequestFailedException">An operation failed; nothing was written.</exception>
    /// <exception cref="ArgumentException">More than 100 actions, or actions on more than one partition.</exception>
    public async Task<Response<IReadOnlyList<string>>> SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
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

        var (contentType, body) = TableBatchBody.Write(_rest.Endpoint, Name, actions);
        using var message = _rest.CreateMessageWithEscapedPath(RequestMethod.Post, "$batch");
        message.Request.Headers.SetValue("Content-Type", contentType);
        message.Request.Headers.SetValue("Accept", JsonAccept);
        message.Request.Headers.SetValue("DataServiceVersion", "3.0");
        message.Request.Content = RequestContent.Create(body);

        var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var parts = TableBatchResponse.Read(response.Content.ToString());
        var failed = parts.FirstOrDefault(p => p.Status >= 400);
        if (failed is not null)
        {
            var (code, text) = StorageErrorParser.Parse(failed.Body);
            var index = TableBatchResponse.FailedIndex(failed, text, actions.Count);
            throw new TableTransactionRequestFailedException(
                index, failed.Status, code ?? failed.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Transaction on table '{Name}' failed at action {index}: {failed.Status} {code}. {text}");
        }

        var etags = parts.Select(p => p.Headers.TryGetValue("ETag", out var etag) ? etag : "").ToList();
        return Response.FromValue<IReadOnlyList<string>>(etags, response);
    }
}
