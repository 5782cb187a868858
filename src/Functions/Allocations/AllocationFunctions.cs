using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Ukspf.Application.Allocations;
using Ukspf.Functions.Http;

namespace Ukspf.Functions.Allocations;

/// <summary>Allocations for fund managers.</summary>
public sealed class AllocationFunctions(ImportAllocations import, ILogger<AllocationFunctions> log)
{
    /// <summary>The largest allocations file accepted: a full table of every council is well under 1 MB.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>
    /// <c>POST /api/allocations?fileName=allocations.csv</c> with the file as the body (CSV or .xlsx): stores every
    /// usable row and lists the rows refused, with their reasons.
    /// </summary>
    [Function(FunctionNames.ImportAllocations)]
    public Task<IActionResult> ImportAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "allocations")] HttpRequest request,
        CancellationToken cancellationToken) =>
        Responses.RunAsync(async () =>
        {
            var fileName = request.Query["fileName"] is { Count: > 0 } given && !string.IsNullOrWhiteSpace(given)
                ? Path.GetFileName(given.ToString())
                : "allocations.csv";
            await using var content = await RequestBody.BufferAsync(request, MaxFileBytes, cancellationToken);
            var result = await import.RunAsync(content, fileName, cancellationToken);
            log.LogInformation("Imported {Imported} allocations from {File}; {Refused} rows refused", result.Imported, fileName, result.Problems.Count);
            return new { result.Imported, Problems = result.Problems.Select(p => new { p.Row, p.Message }) };
        });
}
