using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Ukspf.Functions.Tests.Hosting;

public class CustomHandlerTests
{
    private const string Round = "2025-26-Q2";

    private static readonly byte[] NotAWorkbook = Encoding.UTF8.GetBytes("these are minutes of a meeting, not a return");

    [Fact]
    public async Task Answers_the_hosts_readiness_probe_with_its_functions()
    {
        await using var handler = await RunningHandler.StartAsync();

        var body = await handler.Client.GetStringAsync("/");

        Assert.Contains("IngestReturn", body, StringComparison.Ordinal);
        Assert.Contains("ListSubmissions", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Ingests_a_base64_upload_and_answers_with_logs_and_the_outcome(bool hostEncoded)
    {
        await using var handler = await RunningHandler.StartAsync();

        var answer = await handler.InvokeOkAsync("IngestReturn", InvocationPayloads.Blob(Round, "adur", "minutes.xlsx", NotAWorkbook, hostEncoded));

        var outcome = answer.GetProperty("ReturnValue");
        Assert.Equal("Rejected", outcome.GetProperty("Status").GetString());
        Assert.False(string.IsNullOrEmpty(outcome.GetProperty("Reason").GetString()));
        Assert.Contains("returns-inbox/2025-26-Q2/adur/minutes.xlsx: Rejected", answer.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_upload_delivered_twice_is_one_submission()
    {
        await using var handler = await RunningHandler.StartAsync();
        var payload = InvocationPayloads.Blob(Round, "adur", "minutes.xlsx", NotAWorkbook);

        var first = await handler.InvokeOkAsync("IngestReturn", payload);
        var second = await handler.InvokeOkAsync("IngestReturn", payload);
        var listed = await ListAsync(handler);

        Assert.Equal(first.GetProperty("ReturnValue").GetProperty("SubmissionId").GetString(), second.GetProperty("ReturnValue").GetProperty("SubmissionId").GetString());
        Assert.True(second.GetProperty("ReturnValue").GetProperty("AlreadyProcessed").GetBoolean());
        Assert.Single(listed.EnumerateArray());
    }

    [Fact]
    public async Task Lists_submissions_through_the_http_output_binding()
    {
        await using var handler = await RunningHandler.StartAsync();
        await handler.InvokeOkAsync("IngestReturn", InvocationPayloads.Blob(Round, "adur", "minutes.xlsx", NotAWorkbook));

        var answer = await handler.InvokeOkAsync("ListSubmissions", InvocationPayloads.Http("GET", $"rounds/{Round}/submissions", Params(Round)));

        var res = answer.GetProperty("Outputs").GetProperty("res");
        Assert.Equal(200, res.GetProperty("statusCode").GetInt32());
        Assert.StartsWith("application/json", res.GetProperty("headers").GetProperty("Content-Type").GetString(), StringComparison.Ordinal);
        using var submissions = JsonDocument.Parse(res.GetProperty("body").GetString()!);
        var submission = Assert.Single(submissions.RootElement.EnumerateArray());
        Assert.Equal("adur", submission.GetProperty("lla").GetString());
        Assert.Equal("Rejected", submission.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_request_the_function_refuses_is_a_400_for_the_caller_not_a_failed_invocation()
    {
        await using var handler = await RunningHandler.StartAsync();

        var answer = await handler.InvokeOkAsync("ListSubmissions", InvocationPayloads.Http("GET", "rounds/next-week/submissions", Params("next-week")));

        var res = answer.GetProperty("Outputs").GetProperty("res");
        Assert.Equal(400, res.GetProperty("statusCode").GetInt32());
        Assert.Contains("not a reporting round", res.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Imports_an_allocations_csv_sent_as_text()
    {
        await using var handler = await RunningHandler.StartAsync();
        var csv = """
            lla_name,nation,financial_year,fund_line,budget_type,amount_gbp,note,source_url
            Adur District Council,England,2025-26,UKSPF core,RDEL,43494,,https://example.org/a
            Adur District Council,England,2025-26,UKSPF core,CDEL,10000,,https://example.org/b
            """;

        var answer = await handler.InvokeOkAsync("ImportAllocations",
            InvocationPayloads.Http("POST", "allocations", body: csv, contentType: "text/csv", query: new Dictionary<string, string> { ["fileName"] = "allocations.csv" }));

        var res = answer.GetProperty("Outputs").GetProperty("res");
        Assert.Equal(200, res.GetProperty("statusCode").GetInt32());
        using var result = JsonDocument.Parse(res.GetProperty("body").GetString()!);
        Assert.Equal(2, result.RootElement.GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task Opening_a_round_without_a_deadline_tells_the_caller_what_body_is_expected()
    {
        await using var handler = await RunningHandler.StartAsync();

        var answer = await handler.InvokeOkAsync("OpenRound", InvocationPayloads.Http("POST", $"rounds/{Round}", Params(Round), body: "{}"));

        var res = answer.GetProperty("Outputs").GetProperty("res");
        Assert.Equal(400, res.GetProperty("statusCode").GetInt32());
        using var body = JsonDocument.Parse(res.GetProperty("body").GetString()!);
        Assert.Contains("{\"deadline\":\"yyyy-MM-dd\"}", body.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_nightly_timer_reconciles_open_rounds_and_says_when_it_is_past_due(bool pastDue)
    {
        await using var handler = await RunningHandler.StartAsync();

        var answer = await handler.InvokeOkAsync("ReconcileRound", InvocationPayloads.Timer(pastDue));

        var logs = answer.GetProperty("Logs").EnumerateArray().Select(l => l.GetString()).ToList();
        Assert.Equal(pastDue, logs[0]!.Contains("past due", StringComparison.Ordinal));
        Assert.Contains("No round is open.", logs);
    }

    [Theory]
    [InlineData("IngestReturn", "not json", "not a JSON")]
    [InlineData("IngestReturn", "{\"Metadata\":{}}", "no Data")]
    [InlineData("IngestReturn", "{\"Data\":{\"upload\":\"%%%\"},\"Metadata\":{\"round\":\"r\",\"lla\":\"l\",\"name\":\"n\"}}", "Base64")]
    [InlineData("IngestReturn", "{\"Data\":{\"upload\":\"AA==\"},\"Metadata\":{\"round\":\"r\",\"name\":\"n\"}}", "'lla'")]
    [InlineData("ReconcileRound", "{\"Data\":{},\"Metadata\":{}}", "Data.timer")]
    [InlineData("ListSubmissions", "{\"Data\":{\"req\":{\"Url\":\"x\"}},\"Metadata\":{}}", "Method")]
    public async Task A_malformed_invocation_gets_a_400_that_says_what_is_wrong(string function, string body, string mentioned)
    {
        await using var handler = await RunningHandler.StartAsync();

        using var response = await handler.InvokeAsync(function, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentioned, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_function_is_not_found()
    {
        await using var handler = await RunningHandler.StartAsync();

        using var response = await handler.InvokeAsync("DeleteEverything", "{\"Data\":{}}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_function_that_fails_gets_a_500_so_the_host_retries()
    {
        // Storage that cannot be reached is a real failure: nothing about the payload is wrong.
        var unreachable = Ukspf.Storage.Azure.AzureStorage.FromConnectionString(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + Ukspf.Storage.Azure.StorageConnectionString.DevelopmentAccountKey +
            ";BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1",
            new Ukspf.Storage.Azure.AzureStorageClientOptions { Retry = { MaxRetries = 0 } });
        await using var handler = await RunningHandler.StartAsync(unreachable.Blobs, unreachable.Tables);

        using var response = await handler.InvokeAsync("IngestReturn", InvocationPayloads.Blob(Round, "adur", "minutes.xlsx", NotAWorkbook));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("IngestReturn failed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Params(string round) => new() { ["round"] = round };

    private static async Task<JsonElement> ListAsync(RunningHandler handler)
    {
        var answer = await handler.InvokeOkAsync("ListSubmissions", InvocationPayloads.Http("GET", $"rounds/{Round}/submissions", Params(Round)));
        using var document = JsonDocument.Parse(answer.GetProperty("Outputs").GetProperty("res").GetProperty("body").GetString()!);
        return document.RootElement.Clone();
    }
}
