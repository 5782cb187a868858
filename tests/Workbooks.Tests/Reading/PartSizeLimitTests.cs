using System.IO.Compression;
using Ukspf.Workbooks.Reading;
using Xunit;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>
/// Every part has a limit on what it may unpack to, and the workbook one on all its parts together: the shared
/// strings are held in memory whole, so text that expands tenfold must not take an instance's memory with it.
/// </summary>
public class PartSizeLimitTests
{
    private static readonly byte[] Filled = Tests.Filling.Filled.Workbook();

    [Fact]
    public void Shared_strings_that_unpack_past_the_part_limit_are_refused_and_the_message_says_it_is_the_text()
    {
        var wordy = LargeParts.WithSharedStringsGrownBy(Filled, 200 * 1024);
        var limits = new ReaderLimits { MaxPartBytes = 128 * 1024 };

        var e = Reject(wordy, limits);

        Assert.Equal(RejectionReason.ZipBomb, e.Reason);
        Assert.Contains("the text in its cells", e.Message, StringComparison.Ordinal);
        Assert.Contains("0.1 MB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_shared_strings_read_under_the_default_limits()
    {
        var wordy = LargeParts.WithSharedStringsGrownBy(Filled, 200 * 1024);

        var content = new ReturnReader().Read(new MemoryStream(wordy), "return.xlsx");

        Assert.Equal("E07000223", content.Metadata["LlaCode"]);
    }

    [Fact]
    public void A_part_the_reader_does_not_need_is_held_to_the_part_limit_too()
    {
        var picture = BadFiles.Rezip(Filled, "xl/media/image1.png", _ => RandomBytes(200 * 1024));
        var limits = new ReaderLimits { MaxPartBytes = 128 * 1024 };

        var e = Reject(picture, limits);

        Assert.Equal(RejectionReason.ZipBomb, e.Reason);
        Assert.Contains("a picture", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_that_together_unpack_past_the_workbook_limit_are_refused()
    {
        using var zip = new ZipArchive(new MemoryStream(Filled));
        var total = zip.Entries.Sum(e => e.Length);
        var limits = new ReaderLimits { MaxUncompressedBytes = total - 1 };

        var e = Reject(Filled, limits);

        Assert.Equal(RejectionReason.ZipBomb, e.Reason);
    }

    [Fact]
    public void At_the_default_limit_forty_megabytes_of_shared_strings_are_refused_before_any_is_read()
    {
        var wordy = LargeParts.WithSharedStringsGrownBy(Filled, 40L * 1024 * 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Reject(wordy, ReaderLimits.Default);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(wordy.Length < ReaderLimits.Default.MaxFileBytes);
        Assert.Equal(RejectionReason.ZipBomb, e.Reason);
        Assert.Contains("the text in its cells", e.Message, StringComparison.Ordinal);
        Assert.True(allocated < 4L * wordy.Length, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void The_default_limits_leave_room_for_the_largest_return()
    {
        // A return of 5,000 projects and 50,000 lines, made by the benchmark's generator and the real filler, measured:
        // its largest part (the outputs sheet) unpacks to 5.6 MB and all its parts to 14.9 MB.
        const long largestPart = 5_623_303;
        const long allParts = 14_939_894;

        Assert.True(ReaderLimits.Default.MaxPartBytes >= 4 * largestPart);
        Assert.True(ReaderLimits.Default.MaxUncompressedBytes >= 4 * allParts);
    }

    [Fact]
    public void A_zip_of_more_entries_than_the_limit_is_refused_before_any_is_read()
    {
        using var zip = new ZipArchive(new MemoryStream(Filled));
        var limits = new ReaderLimits { MaxEntries = zip.Entries.Count - 1 };

        var e = Reject(Filled, limits);

        Assert.Equal(RejectionReason.ZipBomb, e.Reason);
        Assert.Contains($"{zip.Entries.Count} parts", e.Message, StringComparison.Ordinal);
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    private static WorkbookRejectedException Reject(byte[] file, ReaderLimits limits) =>
        Assert.Throws<WorkbookRejectedException>(() => new ReturnReader(limits).Read(new MemoryStream(file), "return.xlsx"));
}
