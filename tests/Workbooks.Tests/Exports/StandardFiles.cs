using System.Runtime.CompilerServices;
using Ukspf.Domain.ReferenceData;

namespace Ukspf.Workbooks.Tests.Exports;

/// <summary>The 360Giving standard's files in shared/data/360giving, found beside the checkout (UKSPF.sln, then ../shared).</summary>
internal static class StandardFiles
{
    private static readonly Lazy<string> Folder = new(() => Locate());

    /// <summary>The full path of one of the standard's files.</summary>
    public static string PathOf(string name) => Path.Combine(Folder.Value, name);

    /// <summary>One of the standard's CSV files, e.g. a codelist.</summary>
    public static CsvTable Csv(string name)
    {
        using var reader = new StreamReader(PathOf(name));
        return CsvTable.Read(reader);
    }

    private static string Locate([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile)!, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "UKSPF.sln")))
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "360giving"));
        throw new InvalidOperationException("UKSPF.sln was not found above " + sourceFile);
    }
}
