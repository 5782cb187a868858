using System.CommandLine;
using Spectre.Console;
using Ukspf.Application;

namespace Ukspf.Cli.Commands;

/// <summary><c>ukspf templates ROUND --out DIR</c>.</summary>
public static class TemplateCommands
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var round = new Argument<string>("round") { Description = "The round, e.g. 2025-26-Q3." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to copy the templates into.", DefaultValueFactory = _ => new DirectoryInfo("templates") };
        var command = new Command("templates", "Copy the pre-filled council templates of an opened round into a folder, to send to councils.") { round, output };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            using var pipeline = Pipeline.Open(parse);
            var id = parse.GetValue(round)!;
            await pipeline.Get<StorageSetup>().EnsureAsync(ct);
            var count = 0;
            await foreach (var blob in pipeline.Blobs.ListAsync(StorageNames.TemplatesContainer, id + "/", ct))
            {
                await BlobExport.ToFileAsync(pipeline.Blobs, StorageNames.TemplatesContainer, blob.Name, parse.GetValue(output)!.FullName, ct);
                count++;
            }
            if (count == 0) throw new ArgumentException($"Round {id} has no templates: open it first (ukspf round open {id} --deadline yyyy-mm-dd).");
            AnsiConsole.MarkupLineInterpolated($"Copied {count} templates to {Path.Combine(parse.GetValue(output)!.FullName, id)}.");
            return 0;
        }));
        return command;
    }
}
