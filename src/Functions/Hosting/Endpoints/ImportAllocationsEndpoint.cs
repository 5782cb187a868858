using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Functions.Hosting.Protocol;

namespace Ukspf.Functions.Hosting.Endpoints;

/// <summary>
/// <c>POST /api/allocations?fileName=allocations.csv</c>: imports the allocations CSV, sent as text (the host passes
/// an <c>application/octet-stream</c> body on Base64-encoded, which is decoded too).
/// </summary>
internal sealed class ImportAllocationsEndpoint(HandlerFunctions functions) : HttpFunctionEndpoint
{
    public override string Name => FunctionNames.ImportAllocations;

    protected override async Task<HttpResponsePayload> HandleAsync(HttpRequestPayload request, List<string> logs, CancellationToken cancellationToken)
    {
        var content = request.BodyBytes();
        if (content.Length == 0)
        {
            throw new PayloadException("The request has no body: send the allocations file.");
        }

        var fileName = request.Query.GetValueOrDefault("fileName") is { Length: > 0 } given
            ? Path.GetFileName(given)
            : "allocations.csv";
        using var stream = new MemoryStream(content, writable: false);
        var result = await functions.ImportAllocations(stream, fileName, cancellationToken);
        logs.Add($"Imported {result.Imported} allocations from {fileName}; {result.Problems.Count} rows refused");
        return JsonResponse(200, new { result.Imported, Problems = result.Problems.Select(p => new { p.Row, p.Message }) });
    }
}
