using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Ukspf.Application.Rounds;
using Ukspf.Functions.Http;

namespace Ukspf.Functions.Rounds;

/// <summary>Reporting rounds for fund managers.</summary>
public sealed class RoundFunctions(OpenRound open)
{
    /// <summary><c>POST /api/rounds/{round}</c> with <c>{"deadline":"2026-01-30"}</c>: opens the round and writes its pre-filled templates.</summary>
    [Function(FunctionNames.OpenRound)]
    public Task<IActionResult> OpenAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "rounds/{round}")] HttpRequest request,
        string round, CancellationToken cancellationToken) =>
        Responses.RunAsync(async () =>
        {
            var result = await open.RunAsync(round, await DeadlineAsync(request, cancellationToken), cancellationToken);
            return new { result.Round, result.Templates };
        });

    private static async Task<DateOnly> DeadlineAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? text = request.Query["deadline"];
        if (request.ContentLength is null or > 0)
        {
            try
            {
                using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
                if (body.RootElement.ValueKind == JsonValueKind.Object
                    && body.RootElement.TryGetProperty("deadline", out var value) && value.ValueKind == JsonValueKind.String)
                    text = value.GetString();
            }
            catch (JsonException e) when (request.ContentLength > 0 || e.BytePositionInLine > 0)
            {
                throw new FormatException("The body must be JSON such as {\"deadline\":\"2026-01-30\"}.", e);
            }
            catch (JsonException)
            {
                // An empty body of unknown length: the deadline may be in the query.
            }
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline)
            ? deadline
            : throw new FormatException("Give the round's deadline as {\"deadline\":\"yyyy-MM-dd\"} in the body.");
    }
}
