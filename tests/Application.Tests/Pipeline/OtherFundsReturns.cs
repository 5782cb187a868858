using System.Runtime.CompilerServices;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>
/// Finds the real returns of other funds (MHCLG's Towns Fund and Pathfinders workbooks) kept beside the repository
/// in shared/data/mhclg-returns, or copies of them under tests/Workbooks.Tests/TestFiles.
/// </summary>
internal static class OtherFundsReturns
{
    public static IReadOnlyList<string> Files()
    {
        var root = RepositoryRoot();
        foreach (var folder in new[]
                 {
                     Path.Combine(root, "tests", "Workbooks.Tests", "TestFiles", "mhclg-returns"),
                     Path.Combine(root, "..", "shared", "data", "mhclg-returns"),
                 })
        {
            if (!Directory.Exists(folder)) continue;
            var files = Directory.EnumerateFiles(folder, "*.xlsx").Order(StringComparer.Ordinal).ToList();
            if (files.Count > 0) return files;
        }
        throw new InvalidOperationException($"No MHCLG returns found: expected them in {Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "mhclg-returns"))}.");
    }

    private static string RepositoryRoot([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "" })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "UKSPF.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (the folder of UKSPF.sln) was not found above the tests.");
    }
}
