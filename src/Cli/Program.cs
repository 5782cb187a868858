using System.CommandLine;
using Ukspf.Cli.Commands;
using Ukspf.Cli.Demo;
using Ukspf.Cli.Serve;

namespace Ukspf.Cli;

/// <summary>The <c>ukspf</c> command: runs the UKSPF returns pipeline from a terminal.</summary>
public static class Program
{
    // Ctrl+C or SIGTERM cancels the command, which then has this long to finish before the process exits with 130 or
    // 143: serve stops its host (listeners, locks, uploads in hand released for another try), more than the 2 s default.
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Parses the command line and runs the command; the exit code is 0 on success.</summary>
    public static Task<int> Main(string[] args) =>
        BuildRoot().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = StopTimeout });

    /// <summary>The full command tree.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("UKSPF Returns: validate council returns to the UK Shared Prosperity Fund, reconcile them and publish consolidated workbooks.");
        root.Options.Add(StoreOptions.Store);
        root.Options.Add(StoreOptions.Storage);
        root.Options.Add(StoreOptions.ConnectionString);
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(RoundCommands.Create());
        root.Subcommands.Add(AllocationCommands.Create());
        root.Subcommands.Add(TemplateCommands.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ReconcileCommand.Create());
        root.Subcommands.Add(SubmissionsCommand.Create());
        root.Subcommands.Add(RemindCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }
}
