using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Ukspf.Application.Submissions;

namespace Ukspf.Cli.Commands;

/// <summary><c>ukspf submissions ROUND</c>.</summary>
public static class SubmissionsCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var round = new Argument<string>("round") { Description = "The round, e.g. 2025-26-Q3." };
        var command = new Command("submissions", "List a round's submissions and their status.") { round };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            using var pipeline = Pipeline.Open(parse);
            var list = await pipeline.Get<ListSubmissions>().RunAsync(parse.GetValue(round)!, ct);
            var table = new Table().AddColumns("Council", "File", "Received", "Status", "Errors", "Warnings", "Reason");
            foreach (var s in list)
                table.AddRow(ConsoleText.Cell(s.LlaCode), ConsoleText.Cell(s.FileName), s.ReceivedAt.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
                    s.Status.ToString(), s.Errors.ToString(CultureInfo.InvariantCulture), s.Warnings.ToString(CultureInfo.InvariantCulture), ConsoleText.Cell(s.Reason));
            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }
}
