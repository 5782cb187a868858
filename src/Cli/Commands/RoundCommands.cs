using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Ukspf.Application.Rounds;

namespace Ukspf.Cli.Commands;

/// <summary><c>ukspf round open|close</c>.</summary>
public static class RoundCommands
{
    /// <summary>The command group.</summary>
    public static Command Create()
    {
        var round = new Argument<string>("round") { Description = "The round, e.g. 2025-26-Q3." };
        var deadline = new Option<string>("--deadline") { Description = "Last day for returns, yyyy-mm-dd.", Required = true };
        var open = new Command("open", "Open a reporting round and write a pre-filled template for every council with an allocation that year.") { round, deadline };
        open.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            if (!DateOnly.TryParseExact(parse.GetValue(deadline), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
                throw new FormatException($"--deadline '{parse.GetValue(deadline)}' is not a date written as yyyy-mm-dd.");
            using var pipeline = Pipeline.Open(parse);
            var result = await pipeline.Get<OpenRound>().RunAsync(parse.GetValue(round)!, due, ct);
            AnsiConsole.MarkupLineInterpolated($"Opened round [bold]{result.Round}[/] (deadline {due:dd/MM/yyyy}) with {result.Templates.Count} council templates in {pipeline.Description}.");
            return 0;
        }));

        var closeRound = new Argument<string>("round") { Description = "The round, e.g. 2025-26-Q3." };
        var close = new Command("close", "Close a round: returns uploaded later are rejected.") { closeRound };
        close.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            using var pipeline = Pipeline.Open(parse);
            await pipeline.Get<OpenRound>().CloseAsync(parse.GetValue(closeRound)!, ct);
            AnsiConsole.MarkupLineInterpolated($"Closed round [bold]{parse.GetValue(closeRound)}[/].");
            return 0;
        }));
        return new Command("round", "Open and close reporting rounds.") { open, close };
    }
}
