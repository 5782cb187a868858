using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ukspf.Application.Access;
using Ukspf.Application.Allocations;
using Ukspf.Application.Dashboard;
using Ukspf.Application.Findings;
using Ukspf.Application.Ingest;
using Ukspf.Application.Notifications;
using Ukspf.Application.Reconcile;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Domain.Councils;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Tables;

namespace Ukspf.Application;

/// <summary>Registers the pipeline's use cases and what they need.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the use cases (IngestReturn, ReconcileRound, OpenRound, ImportAllocations, ListSubmissions, and the portal's ManageAccess, CouncilDashboard and RoundDashboard) on the given storage.</summary>
    public static IServiceCollection AddUkspfPipeline(this IServiceCollection services, IBlobStore blobs, ITableStore tables, TimeProvider? clock = null, PipelineOptions? options = null)
    {
        services.AddSingleton(blobs);
        services.AddSingleton(tables);
        return services.AddUkspfPipeline(clock, options);
    }

    /// <summary>
    /// Adds the use cases on the <see cref="IBlobStore"/> and <see cref="ITableStore"/> registered already (by a
    /// host's storage registration); the system clock and default options unless given or registered.
    /// </summary>
    public static IServiceCollection AddUkspfPipeline(this IServiceCollection services, TimeProvider? clock = null, PipelineOptions? options = null)
    {
        services.TryAddSingleton(clock ?? TimeProvider.System);
        services.TryAddSingleton(options ?? new PipelineOptions());
        services.TryAddSingleton(CouncilRegister.Default);
        services.TryAddSingleton<StorageSetup>();
        services.TryAddSingleton<RoundRepository>();
        services.TryAddSingleton<AllocationRepository>();
        services.TryAddSingleton<SubmissionRepository>();
        services.TryAddSingleton<ReturnLinesRepository>();
        services.TryAddSingleton<FindingsRepository>();
        services.TryAddSingleton<AccessRepository>();
        services.TryAddSingleton<IngestReturn>();
        services.TryAddSingleton<ReconcileRound>();
        services.TryAddSingleton<OpenRound>();
        services.TryAddSingleton<ImportAllocations>();
        services.TryAddSingleton<ListSubmissions>();
        services.TryAddSingleton<ManageAccess>();
        services.TryAddSingleton<CouncilDashboard>();
        services.TryAddSingleton<RoundDashboard>();
        services.TryAddSingleton<IReminderRecipients, AccessListRecipients>();
        services.AddUkspfNotifications();
        return services;
    }
}
