using System.Globalization;
using System.Text.Json;
using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Functions.Hosting.Protocol;

namespace Ukspf.Functions.Hosting.Endpoints;

/// <summary><c>POST /api/rounds/{round}</c> with <c>{"deadline":"2025-10-31"}</c>: opens the round and writes its templates.</summary>
internal sealed class OpenRoundEndpoint(HandlerFunctions functions) : HttpFunctionEndpoint
{
    public override string Name => FunctionNames.OpenRound;

    protected override async Task<HttpResponsePayload> HandleAsync(HttpRequestPayload request, List<string> logs, CancellationToken cancellationToken)
    {
        var round = request.RequireParam("round");
        var result = await functions.OpenRound(round, Deadline(request), cancellationToken);
        logs.Add($"Opened {result.Round} with {result.Templates.Count} templates");
        return JsonResponse(200, new { result.Round, result.Templates });
    }

    private static DateOnly Deadline(HttpRequestPayload request)
    {
        string? text = null;
        if (!string.IsNullOrWhiteSpace(request.Body))
        {
            try
            {
                using var body = JsonDocument.Parse(request.Body);
                text = PayloadValues.Property(body.RootElement, "deadline") is { } value ? PayloadValues.AsText(value) : null;
            }
            catch (JsonException e)
            {
                throw new PayloadException("The body must be JSON such as {\"deadline\":\"2025-10-31\"}.", e);
            }
        }

        text ??= request.Query.GetValueOrDefault("deadline");
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline)
            ? deadline
            : throw new PayloadException("Give the round's deadline as {\"deadline\":\"yyyy-MM-dd\"} in the body.");
    }
}
