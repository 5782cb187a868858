using System.Runtime.CompilerServices;

namespace Ukspf.Functions.Tests;

/// <summary>Files checked in to the repository, found by walking up to UKSPF.sln from this source file or the test binaries.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        // Builds may put binaries outside the tree (--artifacts-path), so the source location is tried first.
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "UKSPF.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("UKSPF.sln was not found above " + sourceFile);
    }
}
