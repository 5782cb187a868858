using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;
using Ukspf.Application.Reconcile;

namespace Ukspf.Cli.Serve;

/// <summary>
/// The timer trigger of <c>ukspf serve</c>: on the <c>ReconcileSchedule</c> setting, every open round is reconciled
/// and published. The SDK's listener lock lets one host of a host id run the timer, so each occurrence runs once;
/// an occurrence missed while no host ran is run once when one starts, marked past due.
/// </summary>
public sealed class ReconcileJob(ReconcileRound reconcile, ILogger<ReconcileJob> logger)
{
    /// <summary>The function's name, as the worker app names its timer-triggered function.</summary>
    public const string FunctionName = "ReconcileRound";

    /// <summary>Reconciles the open rounds and logs each one published, with the occurrence it ran for.</summary>
    [FunctionName(FunctionName)]
    public async Task RunAsync([TimerTrigger("%" + ServeSettings.ScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var occurrence = timer.ScheduleStatus?.Next ?? DateTime.Now;
        ServeLog.Reconciled(logger, occurrence, timer.IsPastDue, await reconcile.RunOpenRoundsAsync(cancellationToken));
    }
}
