using System.Text;
using Azure;
using Azure.Core;

namespace Ukspf.Storage.Azure;

/// <summary>
/// One table: create and delete it here; entities in <c>TableClient.Entities.cs</c>, queries in
/// <c>TableClient.Query.cs</c>, entity group transactions in <c>TableClient.Transaction.cs</c>. Failures raise
/// <see cref="RequestFailedException"/> with the service's error code.
/// </summary>
public sealed partial class TableClient
{
    private const string JsonAccept = "application/json;odata=minimalmetadata";
    private static readonly RequestMethod Merge = new("MERGE");
    private readonly StorageRestClient _rest;

    internal TableClient(StorageRestClient rest, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _rest = rest;
        Name = name;
    }

    /// <summary>The table name.</summary>
    public string Name { get; }

    /// <summary>Creates the table unless it exists; returns true when this call created it.</summary>
    public async Task<Response<bool>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _rest.CreateMessage(RequestMethod.Post, "Tables");
        WriteJsonHeaders(message.Request);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        message.Request.Content = RequestContent.Create(Encoding.UTF8.GetBytes($"{{\"TableName\":\"{Name}\"}}"));
        try
        {
            var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return Response.FromValue(true, response);
        }
        catch (RequestFailedException e) when (e.ErrorCode == "TableAlreadyExists")
        {
            return Response.FromValue(false, message.Response);
        }
    }

    /// <summary>Deletes the table and its entities; returns false when it did not exist.</summary>
    public async Task<Response<bool>> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _rest.CreateMessageWithEscapedPath(RequestMethod.Delete, $"Tables('{TableKeys.EscapeForUrl(Name)}')");
        WriteJsonHeaders(message.Request);
        try
        {
            var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
            return Response.FromValue(true, response);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return Response.FromValue(false, message.Response);
        }
    }

    private static void WriteJsonHeaders(Request request)
    {
        request.Headers.SetValue("Accept", JsonAccept);
        request.Headers.SetValue("Content-Type", "application/json");
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
    }

    private static string ETagOf(Response response) =>
        response.Headers.TryGetValue("ETag", out var etag) ? etag : "";
}
