using System.Text.Json;
using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Functions.Hosting.Protocol;

namespace Ukspf.Functions.Hosting.Endpoints;

/// <summary>The nightly timer: reconciles every open round.</summary>
internal sealed class ReconcileRoundEndpoint(HandlerFunctions functions) : IFunctionEndpoint
{
    private static readonly string TimerBinding = FunctionCatalog.Get(FunctionNames.ReconcileRound).Trigger.Name;

    public string Name => FunctionNames.ReconcileRound;

    public async Task<InvocationResponse> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var timer = request.RequireData(TimerBinding);
        var obj = PayloadValues.AsObject(timer) ?? throw new PayloadException($"Data.{TimerBinding} is not a timer object.");
        var pastDue = PayloadValues.Property(obj, "IsPastDue") is { ValueKind: JsonValueKind.True };

        var results = await functions.ReconcileOpenRounds(cancellationToken);

        var logs = new List<string> { pastDue ? "Running a missed reconciliation (past due)." : "Running the scheduled reconciliation." };
        logs.AddRange(results.Select(r => $"Reconciled {r.Round}: published {r.PublishedBlob}"));
        if (results.Count == 0)
        {
            logs.Add("No round is open.");
        }

        return new InvocationResponse { Logs = logs, ReturnValue = results.Select(r => r.Round).ToList() };
    }
}
