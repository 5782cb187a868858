using System.CommandLine;
using Ukspf.Cli.Commands;
using Ukspf.Cli.Demo;

namespace Ukspf.Cli;

/// <summary>The <c>ukspf</c> command: runs the UKSPF returns pipeline from a terminal.</summary>
public static class Program
{
    /// <summary>Parses the command line and runs the command; the exit code is 0 on success.</summary>
    public static Task<int> Main(string[] args) => BuildRoot().Parse(args).InvokeAsync();

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
        return root;
    }
}
