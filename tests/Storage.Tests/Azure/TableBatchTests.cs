using System.Text;
using Ukspf.Storage.Azure;
using Ukspf.Storage.Tables;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

public sealed class TableBatchTests
{
    private static readonly Uri Service = new("http://127.0.0.1:10002/devstoreaccount1");

    [Fact]
    public void Batch_body_is_one_change_set_with_a_numbered_http_part_per_action()
    {
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, new TableEntity("p", "a") { ["V"] = 1 }),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "O'Brien") { ["V"] = 2 }, "W/\"etag\""),
            new(TableTransactionActionType.Delete, new TableEntity("p", "gone")),
        };

        var (contentType, body) = TableBatchBody.Write(Service, "Returns", actions);
        var text = Encoding.UTF8.GetString(body);

        Assert.StartsWith("multipart/mixed; boundary=batch_", contentType, StringComparison.Ordinal);
        Assert.Contains("Content-Type: multipart/mixed; boundary=changeset_", text, StringComparison.Ordinal);
        Assert.Contains("Content-ID: 1\r\n\r\nPOST http://127.0.0.1:10002/devstoreaccount1/Returns HTTP/1.1\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Content-ID: 2\r\n\r\nPUT http://127.0.0.1:10002/devstoreaccount1/Returns(PartitionKey='p',RowKey='O%27%27Brien') HTTP/1.1\r\n", text, StringComparison.Ordinal);
        Assert.Contains("If-Match: W/\"etag\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Content-ID: 3\r\n\r\nDELETE ", text, StringComparison.Ordinal);
        Assert.EndsWith("--\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_batch_response_names_the_failing_action_from_the_message_prefix()
    {
        var parts = TableBatchResponse.Read(FailedResponse("3:The specified entity already exists.\\nRequestId:1", contentId: null));
        var failed = Assert.Single(parts);
        var (code, message) = StorageErrorParser.Parse(failed.Body);

        Assert.Equal(409, failed.Status);
        Assert.Equal("EntityAlreadyExists", code);
        Assert.Equal(3, TableBatchResponse.FailedIndex(failed, message, actionCount: 5));
    }

    [Fact]
    public void Without_a_message_prefix_the_content_id_names_the_failing_action()
    {
        var failed = Assert.Single(TableBatchResponse.Read(FailedResponse("The update condition specified in the request was not satisfied.", contentId: 2)));
        var (_, message) = StorageErrorParser.Parse(failed.Body);

        Assert.Equal(1, TableBatchResponse.FailedIndex(failed, message, actionCount: 2));
    }

    [Fact]
    public void A_successful_batch_response_gives_each_action_its_status_and_etag()
    {
        const string body =
            "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_2\r\n\r\n" +
            "--changesetresponse_2\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
            "HTTP/1.1 204 No Content\r\nETag: W/\"a\"\r\n\r\n\r\n" +
            "--changesetresponse_2\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
            "HTTP/1.1 204 No Content\r\nETag: W/\"b\"\r\n\r\n\r\n" +
            "--changesetresponse_2--\r\n--batchresponse_1--\r\n";

        var parts = TableBatchResponse.Read(body);

        Assert.Equal([204, 204], parts.Select(p => p.Status));
        Assert.Equal(["W/\"a\"", "W/\"b\""], parts.Select(p => p.Headers["ETag"]));
    }

    private static string FailedResponse(string message, int? contentId) =>
        "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_2\r\n\r\n" +
        "--changesetresponse_2\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n" +
        (contentId is null ? "" : $"Content-ID: {contentId}\r\n") + "\r\n" +
        "HTTP/1.1 409 Conflict\r\nContent-Type: application/json;odata=minimalmetadata;charset=utf-8\r\n\r\n" +
        "{\"odata.error\":{\"code\":\"" + (contentId is null ? "EntityAlreadyExists" : "UpdateConditionNotSatisfied") +
        "\",\"message\":{\"lang\":\"en-US\",\"value\":\"" + message + "\"}}}\r\n" +
        "--changesetresponse_2--\r\n--batchresponse_1--\r\n";
}
