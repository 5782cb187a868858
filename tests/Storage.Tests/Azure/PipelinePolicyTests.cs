using System.Diagnostics.Tracing;
using System.Net;
using Azure;
using Azure.Core;
using Azure.Core.Diagnostics;
using Azure.Core.Pipeline;
using Ukspf.Storage.Azure;
using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

/// <summary>Authentication, retries and errors as the pipeline applies them, checked on the requests actually sent.</summary>
public sealed class PipelinePolicyTests
{
    private static readonly Uri DevBlob = new("http://127.0.0.1:10000/devstoreaccount1");

    [Fact]
    public async Task Each_retry_is_signed_again_with_a_fresh_date()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Respond(HttpStatusCode.ServiceUnavailable), ScriptedHandler.Respond(HttpStatusCode.Created));
        var clock = new SteppingClock(new DateTimeOffset(2024, 11, 22, 10, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(5));
        var credential = new StorageSharedKeyCredential("devstoreaccount1", AzuriteProcess.DevelopmentAccountKey);
        var rest = StorageRestClient.Create(DevBlob, new SharedKeyPolicy(credential, lite: false, clock), Options(handler), table: false);

        await new BlobContainerClient(rest, "inbox").CreateIfNotExistsAsync();

        Assert.Equal(2, handler.Requests.Count);
        var dates = handler.Requests.Select(r => r.Headers.GetValues("x-ms-date").Single()).ToList();
        var signatures = handler.Requests.Select(r => r.Headers.Authorization!.ToString()).ToList();
        Assert.Equal(["Fri, 22 Nov 2024 10:00:00 GMT", "Fri, 22 Nov 2024 10:00:05 GMT"], dates);
        Assert.All(signatures, s => Assert.StartsWith("SharedKey devstoreaccount1:", s, StringComparison.Ordinal));
        Assert.NotEqual(signatures[0], signatures[1]);
    }

    [Fact]
    public async Task Table_requests_are_signed_with_shared_key_lite()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Respond(HttpStatusCode.NoContent));
        var credential = new StorageSharedKeyCredential("devstoreaccount1", AzuriteProcess.DevelopmentAccountKey);
        var tables = new TableServiceClient(new Uri("http://127.0.0.1:10002/devstoreaccount1"), credential, Options(handler));

        await tables.GetTableClient("Rounds").DeleteEntityAsync("p", "r");

        var request = Assert.Single(handler.Requests);
        Assert.StartsWith("SharedKeyLite devstoreaccount1:", request.Headers.Authorization!.ToString(), StringComparison.Ordinal);
        Assert.Equal("*", request.Headers.IfMatch.Single().Tag);
    }

    [Fact]
    public async Task A_token_credential_sends_a_bearer_token_for_the_storage_scope()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Respond(HttpStatusCode.Created));
        var credential = new FixedTokenCredential("token-for-test");
        var blobs = new BlobServiceClient(new Uri("https://ukspfprod.blob.core.windows.net"), credential, Options(handler));

        await blobs.GetBlobContainerClient("inbox").CreateIfNotExistsAsync();

        Assert.Equal("Bearer token-for-test", Assert.Single(handler.Requests).Headers.Authorization!.ToString());
        Assert.Equal(["https://storage.azure.com/.default"], credential.Scopes);
    }

    [Fact]
    public async Task A_sas_is_appended_to_the_query_once_and_the_request_is_not_signed()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Respond(HttpStatusCode.ServiceUnavailable), ScriptedHandler.Respond(HttpStatusCode.Created));
        var blobs = new BlobServiceClient(new Uri("https://acct.blob.core.windows.net"), new AzureSasCredential("?sv=2021-12-02&sp=rwl&sig=abc"), Options(handler));

        await blobs.GetBlobContainerClient("inbox").CreateIfNotExistsAsync();

        Assert.All(handler.Requests, r =>
        {
            Assert.Equal("?restype=container&sv=2021-12-02&sp=rwl&sig=abc", r.RequestUri!.Query);
            Assert.Null(r.Headers.Authorization);
        });
    }

    [Fact]
    public async Task A_failure_raises_request_failed_with_the_status_and_service_error_code()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Respond(HttpStatusCode.PreconditionFailed, "ConditionNotMet"));
        var credential = new StorageSharedKeyCredential("devstoreaccount1", AzuriteProcess.DevelopmentAccountKey);
        var blob = new BlobServiceClient(DevBlob, credential, Options(handler)).GetBlobContainerClient("c").GetBlobClient("b");

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => blob.DeleteAsync("\"0x1\""));

        Assert.Equal(412, error.Status);
        Assert.Equal("ConditionNotMet", error.ErrorCode);
    }

    [Fact]
    public async Task Diagnostics_logs_never_carry_the_signature_or_the_sas()
    {
        var lines = new List<string>();
        using var listener = new AzureEventSourceListener((_, message) => { lock (lines) { lines.Add(message); } }, EventLevel.Verbose);
        var handler = new ScriptedHandler(ScriptedHandler.Respond(HttpStatusCode.Created));
        var credential = new StorageSharedKeyCredential("devstoreaccount1", AzuriteProcess.DevelopmentAccountKey);
        var keyed = new BlobServiceClient(DevBlob, credential, Options(handler));
        var sas = new BlobServiceClient(new Uri("https://acct.blob.core.windows.net"), new AzureSasCredential("sv=1&sig=secret-signature"), Options(handler));

        await keyed.GetBlobContainerClient("inbox").CreateIfNotExistsAsync();
        await sas.GetBlobContainerClient("inbox").CreateIfNotExistsAsync();

        var signature = handler.Requests[0].Headers.Authorization!.Parameter!.Split(':')[1];
        string[] logged;
        lock (lines)
        {
            logged = [.. lines];
        }

        Assert.Contains(logged, l => l.Contains("inbox", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, l => l.Contains(signature, StringComparison.Ordinal));
        Assert.DoesNotContain(logged, l => l.Contains("secret-signature", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, l => l.Contains(AzuriteProcess.DevelopmentAccountKey, StringComparison.Ordinal));
    }

    private static AzureStorageClientOptions Options(ScriptedHandler handler)
    {
        var options = new AzureStorageClientOptions { Transport = new HttpClientTransport(new HttpClient(handler)) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.Mode = RetryMode.Fixed;
        return options;
    }

    private sealed class SteppingClock(DateTimeOffset start, TimeSpan step) : TimeProvider
    {
        private DateTimeOffset _now = start - step;

        public override DateTimeOffset GetUtcNow() => _now += step;
    }

    private sealed class FixedTokenCredential(string token) : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }
}
