using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ukspf.Functions.Http;

/// <summary>
/// How the HTTP functions answer: 200 with the result as JSON; 400 with <c>{"error": "..."}</c> for a request the
/// use case refuses (a malformed round, a missing allocation, a bad body), 413 for a body over the limit. Anything
/// else propagates, and the host answers 500.
/// </summary>
internal static class Responses
{
    public static async Task<IActionResult> RunAsync<T>(Func<Task<T>> run)
    {
        try
        {
            return new OkObjectResult(await run());
        }
        catch (RequestTooLargeException e)
        {
            return new ObjectResult(new ErrorBody(e.Message)) { StatusCode = StatusCodes.Status413PayloadTooLarge };
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return new BadRequestObjectResult(new ErrorBody(e.Message));
        }
    }

    private sealed record ErrorBody(string Error);
}
