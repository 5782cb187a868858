using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Ukspf.Functions.Hosting.Endpoints;
using Ukspf.Functions.Hosting.Protocol;

namespace Ukspf.Functions.Hosting;

/// <summary>
/// Routes <c>POST /{FunctionName}</c> to the function's endpoint. A payload the handler cannot use gets a 400 that
/// says why; a function that fails gets a 500, so the host records the failure and (for blobs) retries.
/// </summary>
internal sealed class InvocationDispatcher(IEnumerable<IFunctionEndpoint> endpoints, ILogger<InvocationDispatcher> logger)
{
    // Relaxed escaping keeps quotes and apostrophes in messages readable; the body is JSON for the host, not HTML.
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<string, IFunctionEndpoint> byName = endpoints.ToDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> FunctionNames => byName.Keys.Order(StringComparer.Ordinal);

    public async Task<IResult> DispatchAsync(string function, HttpRequest http, CancellationToken cancellationToken)
    {
        if (!byName.TryGetValue(function, out var endpoint))
        {
            return Error(StatusCodes.Status404NotFound, $"No function is named '{function}'.");
        }

        InvocationRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<InvocationRequest>(http.Body, Json, cancellationToken);
        }
        catch (JsonException e)
        {
            return Error(StatusCodes.Status400BadRequest, $"The invocation body is not a JSON {{\"Data\":...,\"Metadata\":...}} object: {e.Message}");
        }

        if (request?.Data is null)
        {
            return Error(StatusCodes.Status400BadRequest, "The invocation body has no Data.");
        }

        try
        {
            var response = await endpoint.InvokeAsync(request, cancellationToken);
            return Results.Json(response, Json);
        }
        catch (PayloadException e)
        {
            logger.LogWarning("{Function} refused a malformed invocation: {Reason}", function, e.Message);
            return Error(StatusCodes.Status400BadRequest, e.Message);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "{Function} failed", function);
            return Error(StatusCodes.Status500InternalServerError, $"{function} failed: {e.Message}");
        }
    }

    private static IResult Error(int status, string message) =>
        Results.Json(new InvocationResponse { Logs = [message] }, Json, statusCode: status);
}
