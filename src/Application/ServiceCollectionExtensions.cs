using Microsoft.Extensions.DependencyInjection;
using Ukspf.Domain.Councils;
using Ukspf.Application.Allocations;
using Ukspf.Application.Ingest;
using Ukspf.Application.Reconcile;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Tables;

namespace Ukspf.Application;

/// <summary>Registers the pipeline's functions and what they need.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the functions (IngestReturn, ReconcileRound, OpenRound, ImportAllocations, ListSubmissions) on the given storage.</summary>
    public static IServiceCollection AddUkspfPipeline(this IServiceCollection services, IBlobStore blobs, ITableStore tables, TimeProvider? clock = null, PipelineOptions? options = null)
    {
        services.AddSingleton(blobs);
        services.AddSingleton(tables);
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton(options ?? new PipelineOptions());
        services.AddSingleton(CouncilRegister.Default);
        services.AddSingleton<StorageSetup>();
        services.AddSingleton<RoundRepository>();
        services.AddSingleton<AllocationRepository>();
        services.AddSingleton<SubmissionRepository>();
        services.AddSingleton<ReturnLinesRepository>();
        services.AddSingleton<IngestReturn>();
        services.AddSingleton<ReconcileRound>();
        services.AddSingleton<OpenRound>();
        services.AddSingleton<ImportAllocations>();
        services.AddSingleton<ListSubmissions>();
        return services;
    }
}
