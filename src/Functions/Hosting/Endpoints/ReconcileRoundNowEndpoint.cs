using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Functions.Hosting.Protocol;

namespace Ukspf.Functions.Hosting.Endpoints;

/// <summary><c>POST /api/rounds/{round}/reconcile</c>: reconciles and publishes one round now.</summary>
internal sealed class ReconcileRoundNowEndpoint(HandlerFunctions functions) : HttpFunctionEndpoint
{
    public override string Name => FunctionNames.ReconcileRoundNow;

    protected override async Task<HttpResponsePayload> HandleAsync(HttpRequestPayload request, List<string> logs, CancellationToken cancellationToken)
    {
        var result = await functions.ReconcileRound(request.RequireParam("round"), cancellationToken);
        logs.Add($"Reconciled {result.Round}: published {result.PublishedBlob}");
        return JsonResponse(200, new { result.Round, result.PublishedBlob, result.LatestBlob });
    }
}
