using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Ukspf.Application.Reconcile;
using Ukspf.Functions.Http;

namespace Ukspf.Functions.Reconcile;

/// <summary>The reconciliation: nightly for every open round, and on demand for one.</summary>
public sealed class ReconcileFunctions(ReconcileRound reconcile, ILogger<ReconcileFunctions> log)
{
    /// <summary>The timer's schedule: the <see cref="AppSettingNames.ReconcileSchedule"/> setting (nightly at 02:00 UTC as deployed).</summary>
    public const string Schedule = "%" + AppSettingNames.ReconcileSchedule + "%";

    /// <summary>Reconciles and publishes every open round; a run missed while the app was stopped runs once, marked past due.</summary>
    [Function(FunctionNames.ReconcileRound)]
    public async Task NightlyAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue) log.LogInformation("Running a missed reconciliation (past due).");
        var results = await reconcile.RunOpenRoundsAsync(cancellationToken);
        foreach (var r in results) log.LogInformation("Reconciled {Round}: published {Blob}", r.Round, r.PublishedBlob);
        if (results.Count == 0) log.LogInformation("No round is open.");
    }

    /// <summary><c>POST /api/rounds/{round}/reconcile</c>: reconciles and publishes one round now.</summary>
    [Function(FunctionNames.ReconcileRoundNow)]
    public Task<IActionResult> NowAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "rounds/{round}/reconcile")] HttpRequest request,
        string round, CancellationToken cancellationToken) =>
        Responses.RunAsync(async () =>
        {
            var result = await reconcile.RunAsync(round, cancellationToken);
            log.LogInformation("Reconciled {Round}: published {Blob}", result.Round, result.PublishedBlob);
            return new { result.Round, result.PublishedBlob, result.LatestBlob, result.GrantsBlob, result.GrantsJsonBlob, result.GrantsNotes };
        });
}
