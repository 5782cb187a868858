using Spectre.Console;
using Ukspf.Storage;

namespace Ukspf.Cli;

/// <summary>Runs a command body and turns expected failures into a clear message and exit code 1.</summary>
public static class CommandErrors
{
    /// <summary>Runs <paramref name="body"/>; prints the error and returns 1 on a failure the user can fix.</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (e is ArgumentException or FileNotFoundException or DirectoryNotFoundException or PathTooLongException or FormatException or StorageException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Error:[/] {ConsoleText.Plain(e.Message)}");
            return 1;
        }
    }
}
