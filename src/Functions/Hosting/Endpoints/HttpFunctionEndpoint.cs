using System.Text.Encodings.Web;
using System.Text.Json;
using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Functions.Hosting.Protocol;

namespace Ukspf.Functions.Hosting.Endpoints;

/// <summary>
/// An HTTP-triggered function: reads <c>Data.req</c>, runs, and answers in <c>Outputs.res</c>. A request the function
/// refuses (a malformed round, a missing allocation) becomes a 400 for the caller; the invocation itself succeeded,
/// so the host gets a 200. Anything else propagates and the dispatcher answers the host with a 500.
/// </summary>
internal abstract class HttpFunctionEndpoint : IFunctionEndpoint
{
    /// <summary>JSON as web clients expect it: camelCase names.</summary>
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public abstract string Name { get; }

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var http = HttpRequestPayload.FromJson(request.RequireData(FunctionCatalog.HttpRequestBinding));
        var logs = new List<string>();
        HttpResponsePayload response;
        try
        {
            response = await HandleAsync(http, logs, cancellationToken);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or PayloadException)
        {
            logs.Add($"{Name} refused the request: {e.Message}");
            response = JsonResponse(400, new ErrorBody(e.Message));
        }

        return new InvocationResponse
        {
            Outputs = { [FunctionCatalog.HttpResponseBinding] = response },
            Logs = logs,
        };
    }

    /// <summary>Runs the function for one request.</summary>
    protected abstract Task<HttpResponsePayload> HandleAsync(HttpRequestPayload request, List<string> logs, CancellationToken cancellationToken);

    /// <summary>A JSON response.</summary>
    protected static HttpResponsePayload JsonResponse(int status, object body) =>
        new(status, JsonSerializer.Serialize(body, body.GetType(), Json), new Dictionary<string, string> { ["Content-Type"] = "application/json; charset=utf-8" });

    private sealed record ErrorBody(string Error);
}
