using System.Runtime.CompilerServices;
using Ukspf.Workbooks.Reading;
using Xunit;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>
/// The department's own Towns Fund and Pathfinders test returns (one of them corrupt). They are real Excel files
/// with styles, validations, hidden sheets and merged cells, and none is a UKSPF return. At about 17 MB they are
/// too big to copy into this repository, so they are read from ../shared/data beside it, as CI has it.
/// </summary>
public class MhclgReturnsTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder(), "*.xlsx").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void The_shared_folder_holds_the_thirty_returns()
    {
        Assert.Equal(30, Files().Count);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_is_refused_as_not_a_ukspf_return_or_as_damaged_with_a_clear_message(string file)
    {
        using var stream = File.OpenRead(Path.Combine(Folder(), file));

        var e = Assert.Throws<WorkbookRejectedException>(() => new ReturnReader().Read(stream, file));

        Assert.Contains(e.Reason, new[] { RejectionReason.NotUkspfReturn, RejectionReason.Corrupt });
        Assert.StartsWith("This ", e.Message, StringComparison.Ordinal);
        Assert.True(e.Message.Length > 80);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_passes_the_package_checks_so_real_excel_files_are_not_mistaken_for_bombs(string file)
    {
        using var stream = File.OpenRead(Path.Combine(Folder(), file));

        UploadInspector.Inspect(file, stream);

        Assert.Equal(0, stream.Position);
    }

    private static string Folder([CallerFilePath] string source = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "UKSPF.sln"))) directory = directory.Parent;
        if (directory is null) throw new DirectoryNotFoundException($"No UKSPF.sln above {source}.");
        return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data", "mhclg-returns"));
    }
}
