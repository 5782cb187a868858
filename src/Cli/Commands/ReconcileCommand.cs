using System.CommandLine;
using Spectre.Console;
using Ukspf.Application;
using Ukspf.Application.Reconcile;

namespace Ukspf.Cli.Commands;

/// <summary><c>ukspf reconcile ROUND</c>.</summary>
public static class ReconcileCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var round = new Argument<string>("round") { Description = "The round, e.g. 2025-26-Q3." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to copy the published workbook into.", DefaultValueFactory = _ => new DirectoryInfo("published") };
        var command = new Command("reconcile", "Compute the round's metrics and findings and publish the consolidated workbook.") { round, output };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            using var pipeline = Pipeline.Open(parse);
            var result = await pipeline.Get<ReconcileRound>().RunAsync(parse.GetValue(round)!, ct);
            var file = await BlobExport.ToFileAsync(pipeline.Blobs, StorageNames.PublishedContainer, result.LatestBlob, parse.GetValue(output)!.FullName, ct);
            AnsiConsole.MarkupLineInterpolated($"Published {StorageNames.PublishedContainer}/{result.PublishedBlob} ({result.Report.Findings.Count} findings).");
            var grants = await BlobExport.ToFileAsync(pipeline.Blobs, StorageNames.PublishedContainer, result.GrantsBlob, parse.GetValue(output)!.FullName, ct);
            var grantsJson = await BlobExport.ToFileAsync(pipeline.Blobs, StorageNames.PublishedContainer, result.GrantsJsonBlob, parse.GetValue(output)!.FullName, ct);
            AnsiConsole.MarkupLineInterpolated($"360Giving grants files: {grants}, {grantsJson}");
            foreach (var note in result.GrantsNotes) AnsiConsole.MarkupLineInterpolated($"  {note}");
            AnsiConsole.MarkupLineInterpolated($"Consolidated workbook: [bold]{file}[/]");
            return 0;
        }));
        return command;
    }
}
