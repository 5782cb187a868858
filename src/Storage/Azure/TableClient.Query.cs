using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Azure;

public sealed partial class TableClient
{
    private const string NextPartitionKeyHeader = "x-ms-continuation-NextPartitionKey";
    private const string NextRowKeyHeader = "x-ms-continuation-NextRowKey";

    /// <summary>
    /// The entities matching an OData <paramref name="filter"/> (all when null), in partition then row key order.
    /// <paramref name="select"/> limits the properties returned (the keys always come back); <paramref name="maxPerPage"/>
    /// becomes <c>$top</c> (service maximum 1,000). Each page follows the service's continuation headers.
    /// </summary>
    public AsyncPageable<TableEntity> QueryAsync(string? filter = null, IEnumerable<string>? select = null, int? maxPerPage = null, CancellationToken cancellationToken = default)
    {
        var selected = select?.ToList();
        return new DelegatingAsyncPageable<TableEntity>(
            (token, pageSize, ct) => QueryPageAsync(filter, selected, pageSize ?? maxPerPage, token, ct), cancellationToken);
    }

    /// <summary>Every entity of one partition, in row key order.</summary>
    public AsyncPageable<TableEntity> QueryPartitionAsync(string partitionKey, int? maxPerPage = null, CancellationToken cancellationToken = default) =>
        QueryAsync(TableKeys.PartitionFilter(partitionKey), null, maxPerPage, cancellationToken);

    /// <summary>An OData string literal for <paramref name="value"/>, quotes doubled, for building filters.</summary>
    public static string ODataLiteral(string value) => "'" + TableKeys.QuoteForOData(value) + "'";

    private async Task<Page<TableEntity>> QueryPageAsync(string? filter, List<string>? select, int? top, string? continuation, CancellationToken cancellationToken)
    {
        using var message = _rest.CreateMessageWithEscapedPath(RequestMethod.Get, Name + "()");
        WriteJsonHeaders(message.Request);
        var uri = message.Request.Uri;
        if (!string.IsNullOrEmpty(filter))
        {
            uri.AppendQuery("$filter", filter, escapeValue: true);
        }

        if (select is { Count: > 0 })
        {
            var columns = select.Union(["PartitionKey", "RowKey", "Timestamp"], StringComparer.Ordinal);
            uri.AppendQuery("$select", string.Join(',', columns), escapeValue: true);
        }

        if (top is > 0)
        {
            uri.AppendQuery("$top", top.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (continuation is not null)
        {
            var parts = continuation.Split(' ', 2);
            uri.AppendQuery("NextPartitionKey", parts[0], escapeValue: true);
            if (parts.Length > 1 && parts[1].Length > 0)
            {
                uri.AppendQuery("NextRowKey", parts[1], escapeValue: true);
            }
        }

        var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
        using var json = await JsonDocument.ParseAsync(response.ContentStream!, cancellationToken: cancellationToken).ConfigureAwait(false);
        var entities = json.RootElement.GetProperty("value").EnumerateArray().Select(TableEntityJson.Read).ToList();
        return Page<TableEntity>.FromValues(entities, NextToken(response), response);
    }

    // The two continuation headers travel as one opaque token; neither contains a space.
    private static string? NextToken(Response response)
    {
        if (!response.Headers.TryGetValue(NextPartitionKeyHeader, out var partition) || string.IsNullOrEmpty(partition))
        {
            return null;
        }

        response.Headers.TryGetValue(NextRowKeyHeader, out var row);
        return partition + " " + row;
    }
}
