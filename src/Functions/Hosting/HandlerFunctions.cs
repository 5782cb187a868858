using Microsoft.Extensions.DependencyInjection;
using Ukspf.Domain.Submissions;
using Ukspf.Functions.Allocations;
using Ukspf.Functions.Ingest;
using Ukspf.Functions.Reconcile;
using Ukspf.Functions.Rounds;
using Ukspf.Functions.Submissions;

namespace Ukspf.Functions.Hosting;

/// <summary>
/// The pipeline operations the handler's endpoints call, one per function. The endpoints know the host's protocol;
/// these know the pipeline; <see cref="CustomHandlerApp"/> joins the two.
/// </summary>
public sealed record HandlerFunctions
{
    /// <summary>Ingests one upload (IngestReturn.RunAsync).</summary>
    public required Func<InboxBlob, Stream, CancellationToken, Task<IngestResult>> IngestReturn { get; init; }

    /// <summary>Reconciles every open round (ReconcileRound.RunOpenRoundsAsync).</summary>
    public required Func<CancellationToken, Task<IReadOnlyList<ReconcileResult>>> ReconcileOpenRounds { get; init; }

    /// <summary>Reconciles one round (ReconcileRound.RunAsync).</summary>
    public required Func<string, CancellationToken, Task<ReconcileResult>> ReconcileRound { get; init; }

    /// <summary>Opens a round (OpenRound.RunAsync).</summary>
    public required Func<string, DateOnly, CancellationToken, Task<OpenRoundResult>> OpenRound { get; init; }

    /// <summary>Imports an allocations file (ImportAllocations.RunAsync).</summary>
    public required Func<Stream, string, CancellationToken, Task<ImportResult>> ImportAllocations { get; init; }

    /// <summary>Lists a round's submissions (ListSubmissions.RunAsync).</summary>
    public required Func<string, CancellationToken, Task<IReadOnlyList<SubmissionSummary>>> ListSubmissions { get; init; }

    /// <summary>The functions registered by <c>AddUkspfPipeline</c> in <paramref name="services"/>.</summary>
    public static HandlerFunctions FromServices(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var ingest = services.GetRequiredService<Ingest.IngestReturn>();
        var reconcile = services.GetRequiredService<Reconcile.ReconcileRound>();
        var open = services.GetRequiredService<Rounds.OpenRound>();
        var import = services.GetRequiredService<Allocations.ImportAllocations>();
        var list = services.GetRequiredService<ListSubmissions>();
        return new HandlerFunctions
        {
            IngestReturn = ingest.RunAsync,
            ReconcileOpenRounds = reconcile.RunOpenRoundsAsync,
            ReconcileRound = reconcile.RunAsync,
            OpenRound = open.RunAsync,
            ImportAllocations = import.RunAsync,
            ListSubmissions = list.RunAsync,
        };
    }
}
