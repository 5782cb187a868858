using System.CommandLine;
using Spectre.Console;

namespace Ukspf.Cli.Tests.Commands;

/// <summary>Runs the <c>ukspf</c> command tree in process, as <c>Program.Main</c> does, and captures what it prints.</summary>
internal static class Ukspf
{
    public static async Task<CommandRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var previous = AnsiConsole.Console;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        AnsiConsole.Console = console;
        try
        {
            var exit = await Program.BuildRoot().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
            return new CommandRun(exit, output.ToString());
        }
        finally
        {
            AnsiConsole.Console = previous;
        }
    }
}

/// <summary>What a command returned and printed.</summary>
internal sealed record CommandRun(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}: {Output}";
}
