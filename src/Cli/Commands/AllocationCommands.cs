using System.CommandLine;
using Spectre.Console;
using Ukspf.Application.Allocations;

namespace Ukspf.Cli.Commands;

/// <summary><c>ukspf allocations import FILE</c>.</summary>
public static class AllocationCommands
{
    /// <summary>The command group.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV or .xlsx (first sheet) with lla_code (or lla_name), financial_year, fund_line, spend_type, amount, source, as_of." };
        var import = new Command("import", "Import allocations from the fund manager's CSV or workbook; rows that cannot be used are listed and not stored.") { file };
        import.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var info = parse.GetValue(file)!;
            if (!info.Exists) throw new FileNotFoundException($"{info.FullName} does not exist.");
            using var pipeline = Pipeline.Open(parse);
            await using var stream = info.OpenRead();
            var result = await pipeline.Get<ImportAllocations>().RunAsync(stream, info.Name, ct);
            AnsiConsole.MarkupLineInterpolated($"Imported {result.Imported} allocation rows into {pipeline.Description}.");
            foreach (var p in result.Problems) AnsiConsole.MarkupLineInterpolated($"[yellow]Row {p.Row}:[/] {p.Message}");
            return result.Imported == 0 && result.Problems.Count > 0 ? 1 : 0;
        }));
        return new Command("allocations", "Manage allocations.") { import };
    }
}
