using System.Runtime.CompilerServices;

namespace Ukspf.Testing.Azurite;

/// <summary>
/// Finds the repository's pinned Azurite (<c>node_modules/.bin/azurite</c>, installed by <c>npm ci</c>) and checks
/// that Node.js, which runs it, is on the PATH. Either missing fails with the command that installs it.
/// </summary>
internal static class AzuriteExecutable
{
    private const string InstallHint = "Install Node.js 20 or later and run `npm ci` at the repository root.";

    public static string Find()
    {
        RequireNode();
        var name = OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite";
        // Test binaries may be built outside the checkout (--artifacts-path), so this source file's folder is a
        // second place to search up from.
        string[] starts = [AppContext.BaseDirectory, Path.GetDirectoryName(SourceFile()) ?? ""];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }

                if (File.Exists(Path.Combine(dir.FullName, "UKSPF.sln")))
                {
                    break;
                }
            }
        }

        throw new InvalidOperationException(
            $"Azurite is not installed: no node_modules/.bin/{name} at the repository root (searched up from {string.Join(" and ", starts)}). {InstallHint}");
    }

    /// <summary>
    /// The Azurite launcher is a Node script: without Node it would start and exit at once, which looks like a
    /// port clash, so the missing runtime is reported before anything is started.
    /// </summary>
    private static void RequireNode()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "node.exe", "node.cmd" } : ["node"];
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var found = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => names.Any(name => File.Exists(Path.Combine(dir, name))));
        if (!found)
        {
            throw new InvalidOperationException($"Node.js is not on the PATH, and Azurite needs it. {InstallHint}");
        }
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
