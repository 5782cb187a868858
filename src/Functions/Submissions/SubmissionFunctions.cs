using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Ukspf.Application.Submissions;
using Ukspf.Functions.Http;

namespace Ukspf.Functions.Submissions;

/// <summary>Submissions for fund managers.</summary>
public sealed class SubmissionFunctions(ListSubmissions list)
{
    /// <summary><c>GET /api/rounds/{round}/submissions</c>: every submission of the round and its status.</summary>
    [Function(FunctionNames.ListSubmissions)]
    public Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "rounds/{round}/submissions")] HttpRequest request,
        string round, CancellationToken cancellationToken) =>
        Responses.RunAsync(async () => (await list.RunAsync(round, cancellationToken)).Select(s => new
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
