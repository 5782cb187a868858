using System.CommandLine;
using System.Text.RegularExpressions;
using Microsoft.Azure.WebJobs.Host.Indexers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ukspf.Cli.Serve;

/// <summary>
/// <c>ukspf serve</c>: the function app's triggers, run locally by Microsoft's WebJobs SDK against Azurite (or Azure
/// Storage): every upload into returns-inbox is ingested, and open rounds are reconciled on ReconcileSchedule.
/// </summary>
public static partial class ServeCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var parallel = new Option<int>("--parallel")
        {
            Description = "Uploads one host ingests at once (the blob trigger's MaxDegreeOfParallelism).",
            DefaultValueFactory = _ => ServeSettings.DefaultParallel,
        };
        parallel.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--parallel must be 1 or more.");
        });
        var hostId = new Option<string>("--host-id")
        {
            Description = "The SDK's host id, which keys its blob receipts, locks and timer status: hosts with the same id share the work.",
            DefaultValueFactory = _ => ServeSettings.DefaultHostId,
        };
        hostId.Validators.Add(r =>
        {
            if (!HostIdPattern().IsMatch(r.GetValueOrDefault<string>() ?? ""))
                r.AddError("--host-id must be 1 to 32 lower-case letters, digits and single dashes, not starting or ending with a dash.");
        });
        var command = new Command("serve",
            $"Run the function app's triggers locally in the WebJobs SDK: ingest every upload into returns-inbox, reconcile open rounds on {ServeSettings.ScheduleSetting} (default '{ServeSettings.DefaultSchedule}'). Needs Azurite or Azure Storage.")
        {
            parallel, hostId,
        };
        command.SetAction((parse, ct) => ServeAsync(parse, parse.GetValue(hostId)!, parse.GetValue(parallel), ct));
        return command;
    }

    private static async Task<int> ServeAsync(ParseResult parse, string hostId, int parallel, CancellationToken ct)
    {
        if (parse.GetResult(StoreOptions.Storage) is { Implicit: false } && parse.GetValue(StoreOptions.Storage) != "azure")
            return Fail("serve runs on Azure Storage or Azurite, not the embedded store: leave out --storage local.");
        var connection = StoreOptions.ConnectionStringOf(parse);
        if (string.IsNullOrWhiteSpace(connection))
            return Fail($"serve needs Azure Storage: give --connection-string or set {ServeSettings.StorageSetting} (UseDevelopmentStorage=true for Azurite on its default ports).");

        StorageProbe probe;
        try
        {
            probe = new StorageProbe(connection);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return Fail($"The storage connection string is not valid: {e.Message}");
        }
        if (await probe.CreateInboxAsync(ct) is { } problem) return Fail(problem);

        var settings = new ServeSettings(connection, hostId, parallel);
        var host = ServeHost.Build(settings);
        var started = $"Serving Azure Storage at {probe.BlobEndpoint} as host {settings.HostId}: watching {IngestJob.TriggerPath} " +
                      $"({settings.Parallel} at a time), reconciling open rounds on '{ServeHost.Schedule(host)}' ({TimeZoneInfo.Local.Id} time). Ctrl+C stops.";
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => Console.WriteLine(started));
        try
        {
            await ServeHost.RunAsync(host, ct);
        }
        catch (FunctionIndexingException e)
        {
            // A setting a trigger needs is wrong, such as a schedule that is not NCRONTAB.
            return Fail($"Cannot start: {e.Message}: {e.InnerException?.Message}");
        }
        Console.WriteLine("Stopped.");
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }

    [GeneratedRegex("^(?!.*--)[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$")]
    private static partial Regex HostIdPattern();
}
