using System.CommandLine;
using Spectre.Console;
using Ukspf.Functions.Hosting;
using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Functions.LocalHost;

namespace Ukspf.Cli.Commands;

/// <summary><c>ukspf handler</c>, <c>ukspf serve</c> and <c>ukspf functions generate</c>: the Azure Functions side.</summary>
public static class FunctionAppCommands
{
    /// <summary>The commands.</summary>
    public static IEnumerable<Command> Create() => [Handler(), Serve(), Functions()];

    private static Command Handler()
    {
        var command = new Command("handler", "Run the Azure Functions custom handler (the Functions host starts this; it listens on FUNCTIONS_CUSTOMHANDLER_PORT).");
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            using var pipeline = Pipeline.OpenForFunctionApp(parse);
            await using var app = CustomHandlerApp.Build([], pipeline.Blobs, pipeline.Tables);
            await app.RunAsync();
            return 0;
        }));
        return command;
    }

    private static Command Serve()
    {
        var poll = new Option<double>("--poll-seconds") { Description = "How often to look for new uploads in returns-inbox.", DefaultValueFactory = _ => 2 };
        var parallel = new Option<int>("--parallel") { Description = "Uploads processed at once.", DefaultValueFactory = _ => 4 };
        var command = new Command("serve", "Run the function app locally: the custom handler plus a trigger host that watches returns-inbox and runs the reconciliation timer (ReconcileSchedule).") { poll, parallel };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            using var pipeline = Pipeline.OpenForFunctionApp(parse);
            AnsiConsole.MarkupLineInterpolated($"Serving on {pipeline.Description}. Upload returns into returns-inbox/{{round}}/{{lla}}/; Ctrl+C stops.");
            var options = new LocalTriggerHostOptions
            {
                PollInterval = TimeSpan.FromSeconds(parse.GetValue(poll)),
                MaxParallelBlobs = parse.GetValue(parallel),
            };
            try
            {
                await LocalFunctionApp.RunAsync([], pipeline.Blobs, pipeline.Tables, options, cancellationToken: ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Ctrl+C: a normal stop.
            }
            return 0;
        }));
        return command;
    }

    private static Command Functions()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Where to write {FunctionName}/function.json (the repository keeps them in functions/)." };
        var generate = new Command("generate", "Write every function.json from the function catalog in code.") { folder };
        generate.SetAction(parse =>
        {
            var target = parse.GetValue(folder)!.FullName;
            FunctionJsonWriter.WriteAll(target);
            AnsiConsole.MarkupLineInterpolated($"Wrote {FunctionCatalog.All.Count} function.json files to {target}.");
            return 0;
        });
        return new Command("functions", "Azure Functions metadata.") { generate };
    }
}
