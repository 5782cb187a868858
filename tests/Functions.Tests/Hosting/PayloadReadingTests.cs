using System.Text;
using System.Text.Json;
using Ukspf.Functions.Hosting.Protocol;
using Xunit;

namespace Ukspf.Functions.Tests.Hosting;

public class PayloadReadingTests
{
    private static InvocationRequest Request(string json) =>
        JsonSerializer.Deserialize<InvocationRequest>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    [Fact]
    public void Reads_blob_path_parts_sent_as_plain_strings()
    {
        var request = Request("""
            { "Data": { "upload": "AA==" },
              "Metadata": { "round": "2025-26-Q2", "lla": "adur", "name": "return.xlsx",
                            "Properties": { "ETag": "\"0x8DC0FFEE\"", "ContentLength": 1 } } }
            """);

        var blob = BlobTriggerMetadata.FromRequest(request);

        Assert.Equal(new BlobTriggerMetadata("2025-26-Q2", "adur", "return.xlsx", "\"0x8DC0FFEE\"", 1), blob);
    }

    [Fact]
    public void Reads_blob_path_parts_the_host_encoded_twice_and_properties_sent_as_a_string()
    {
        // The host serialises each metadata value on its own: strings arrive JSON-encoded again, and some host
        // versions send objects such as Properties as JSON text.
        var request = Request("""
            { "Data": { "upload": "AA==" },
              "Metadata": { "round": "\"2025-26-Q2\"", "lla": "\"adur\"", "name": "\"return.xlsx\"",
                            "Properties": "{\"ETag\":\"\\\"0x8DC0FFEE\\\"\",\"Length\":1}" } }
            """);

        var blob = BlobTriggerMetadata.FromRequest(request);

        Assert.Equal(new BlobTriggerMetadata("2025-26-Q2", "adur", "return.xlsx", "\"0x8DC0FFEE\"", 1), blob);
    }

    [Fact]
    public void A_blob_invocation_without_its_path_parts_is_a_payload_error()
    {
        var request = Request("""{ "Data": { "upload": "AA==" }, "Metadata": { "round": "2025-26-Q2", "name": "x.xlsx" } }""");

        var error = Assert.Throws<PayloadException>(() => BlobTriggerMetadata.FromRequest(request));

        Assert.Contains("'lla'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_documented_http_request_shape()
    {
        using var json = JsonDocument.Parse("""
            { "Url": "http://localhost:7071/api/rounds/2025-26-Q2/submissions?top=5", "Method": "GET",
              "Query": { "top": "5" }, "Headers": { "Content-Type": [ "application/json" ] },
              "Params": { "round": "2025-26-Q2" }, "Body": "{\"a\":1}" }
            """);

        var request = HttpRequestPayload.FromJson(json.RootElement);

        Assert.Equal("GET", request.Method);
        Assert.Equal("5", request.Query["top"]);
        Assert.Equal("2025-26-Q2", request.RequireParam("round"));
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(request.BodyBytes()));
    }

    [Fact]
    public void Reads_a_query_sent_as_json_text_by_older_hosts()
    {
        using var json = JsonDocument.Parse("""{ "Method": "POST", "Query": "{\"fileName\":\"a.csv\"}", "Params": {} }""");

        var request = HttpRequestPayload.FromJson(json.RootElement);

        Assert.Equal("a.csv", request.Query["fileName"]);
        Assert.Empty(request.BodyBytes());
    }

    [Fact]
    public void Decodes_a_base64_body_for_octet_stream_content()
    {
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0xFF };
        using var json = JsonDocument.Parse($$"""
            { "Method": "POST", "Headers": { "Content-Type": [ "application/octet-stream" ] }, "Body": "{{Convert.ToBase64String(bytes)}}" }
            """);

        var request = HttpRequestPayload.FromJson(json.RootElement);

        Assert.True(request.IsBinaryBody);
        Assert.Equal(bytes, request.BodyBytes());
    }

    [Fact]
    public void A_request_without_a_method_or_route_parameter_is_a_payload_error()
    {
        using var noMethod = JsonDocument.Parse("""{ "Url": "http://x/api/allocations" }""");
        using var noRound = JsonDocument.Parse("""{ "Method": "GET", "Params": {} }""");

        Assert.Throws<PayloadException>(() => HttpRequestPayload.FromJson(noMethod.RootElement));
        Assert.Throws<PayloadException>(() => HttpRequestPayload.FromJson(noRound.RootElement).RequireParam("round"));
    }

    [Fact]
    public void Http_responses_carry_every_field_hosts_require()
    {
        var response = new HttpResponsePayload(404, "{}", new Dictionary<string, string> { ["Content-Type"] = "application/json" });

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(response));

        Assert.Equal(404, json.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("{}", json.RootElement.GetProperty("body").GetString());
        Assert.Equal("application/json", json.RootElement.GetProperty("headers").GetProperty("Content-Type").GetString());
    }
}
