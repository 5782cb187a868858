using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Functions.Hosting.Protocol;

namespace Ukspf.Functions.Hosting.Endpoints;

/// <summary><c>GET /api/rounds/{round}/submissions</c>: the round's submissions and their status.</summary>
internal sealed class ListSubmissionsEndpoint(HandlerFunctions functions) : HttpFunctionEndpoint
{
    public override string Name => FunctionNames.ListSubmissions;

    protected override async Task<HttpResponsePayload> HandleAsync(HttpRequestPayload request, List<string> logs, CancellationToken cancellationToken)
    {
        var submissions = await functions.ListSubmissions(request.RequireParam("round"), cancellationToken);
        logs.Add($"Listed {submissions.Count} submissions");
        return JsonResponse(200, submissions.Select(s => new
        {
            s.SubmissionId,
            Lla = s.LlaCode,
            Round = s.Round.ToString(),
            s.FileName,
            s.ReceivedAt,
            Status = s.Status.ToString(),
            s.Errors,
            s.Warnings,
            s.Reason,
        }).ToList());
    }
}
