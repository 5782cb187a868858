using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Ukspf.Domain.Submissions;

namespace Ukspf.Cli.Demo;

/// <summary><c>ukspf demo</c>: the whole pipeline on sample returns, on the embedded store.</summary>
public static class DemoCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var folder = new Option<DirectoryInfo>("--folder")
        {
            Description = "Folder the demo writes its store, uploads and outputs to (emptied first).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(".ukspf", "demo")),
        };
        var command = new Command("demo", "Run a whole reporting round for 40 councils from the real allocation sample: templates, returns (some with mistakes), validation, reconciliation, publication.") { folder };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var started = DateTime.UtcNow;
            DemoSummary summary = null!;
            var azure = parse.GetValue(StoreOptions.Storage) == "azure";
            var run = new DemoRun(parse.GetValue(folder)!.FullName, azure ? clock => Pipeline.Open(parse, clock) : null);
            await AnsiConsole.Status().StartAsync("Starting", async ctx =>
            {
                summary = await run.RunAsync(new SynchronousProgress(ctx), ct);
            });
            Print(summary, DateTime.UtcNow - started);
            PrintPortal(run.PortalUsers, azure ? null : Path.Combine(parse.GetValue(folder)!.FullName, "store"));
            return 0;
        }));
        return command;
    }

    private static void Print(DemoSummary summary, TimeSpan elapsed)
    {
        var table = new Table().Title($"Round {summary.Round}").AddColumns("Council", "Demo scenario", "Status", "Errors", "Warnings", "Reason");
        foreach (var c in summary.Councils)
        {
            var status = c.Status switch
            {
                SubmissionStatus.Accepted => "[green]Accepted[/]",
                SubmissionStatus.Rejected => "[red]Rejected[/]",
                SubmissionStatus.Failed => "[red]Failed[/]",
                SubmissionStatus.Superseded => "Superseded",
                _ => "[grey]no return[/]",
            };
            table.AddRow(Markup.Escape(c.Name), Markup.Escape(c.Scenario), status, c.Errors.ToString(CultureInfo.InvariantCulture),
                c.Warnings.ToString(CultureInfo.InvariantCulture), Markup.Escape(Shorten(c.Reason)));
        }
        AnsiConsole.Write(table);
        var accepted = summary.Councils.Count(c => c.Status == SubmissionStatus.Accepted);
        var rejected = summary.Councils.Count(c => c.Status == SubmissionStatus.Rejected);
        AnsiConsole.MarkupLineInterpolated($"{summary.Councils.Count} councils: {accepted} accepted, {rejected} rejected, {summary.Councils.Count(c => c.Status is null)} with no return; {summary.Report.Findings.Count} reconciliation findings. Took {elapsed.TotalSeconds:0.0} s.");
        AnsiConsole.MarkupLine("Feedback workbooks for councils with something to fix:");
        foreach (var c in summary.Councils.Where(c => c.FeedbackFile is not null && (c.Status != SubmissionStatus.Accepted || c.Warnings > 0)))
            AnsiConsole.MarkupLineInterpolated($"  {c.Name}: {c.FeedbackFile}");
        AnsiConsole.MarkupLineInterpolated($"Store: {summary.Store}");
        AnsiConsole.MarkupLineInterpolated($"360Giving grants file: {summary.GrantsFile}");
        AnsiConsole.MarkupLineInterpolated($"Consolidated workbook: [bold]{summary.PublishedWorkbook}[/]");
    }

    /// <summary>How to open the portal on what the demo wrote, and whom to sign in as.</summary>
    private static void PrintPortal(IReadOnlyList<Application.Access.AccessEntry> users, string? store)
    {
        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine("[bold]Open the returns portal on the demo's store[/] (then browse to http://localhost:5180 and pick a user):");
        if (store is null) AnsiConsole.WriteLine("  dotnet run --project src/Portal -- --storage azure   (with AzureWebJobsStorage set as for this run)");
        else AnsiConsole.MarkupLineInterpolated($"  dotnet run --project src/Portal -- --store {store}");
        foreach (var user in users)
        {
            var what = user.Has(Application.Access.PortalRole.FundManager) ? "fund manager" : "submits for " + string.Join(", ", user.Councils);
            AnsiConsole.MarkupLineInterpolated($"  {user.Email}: {user.Name} ({what})");
        }
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 90 ? text : text[..87] + "...";

    /// <summary>Reports each step straight to the status line (Progress&lt;T&gt; would post to the thread pool and lag).</summary>
    private sealed class SynchronousProgress(StatusContext context) : IProgress<string>
    {
        public void Report(string value) => context.Status(Markup.Escape(value));
    }
}
