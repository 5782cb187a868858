using System.IO.Compression;
using Ukspf.Workbooks.Reading;
using Xunit;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>
/// A zip records each entry's unpacked size in its headers. An entry that unpacks to more or less than that is
/// refused as damaged, whether the reader needs it or not: every part is checked to its end, a part the reader does
/// not need as well as the tail of one it stopped reading early, so no entry that lies goes on into the feedback copy.
/// </summary>
public class LyingEntryTests
{
    private static readonly byte[] Filled = Tests.Filling.Filled.Workbook();

    [Fact]
    public void A_sheet_that_unpacks_to_less_than_its_header_declares_is_refused_as_damaged()
    {
        var lying = BadFiles.LieAboutSize(Filled, "xl/worksheets/sheet3.xml", (uint)SizeOf(Filled, "xl/worksheets/sheet3.xml") + 5000);

        var e = Reject(lying);

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
        Assert.Contains("damaged", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_read_only_in_part_is_still_checked_to_its_end()
    {
        // The Programme sheet holds only single fields: the reader stops at the last of them.
        var sheet = "xl/worksheets/sheet6.xml";
        var lying = BadFiles.LieAboutSize(Filled, sheet, (uint)SizeOf(Filled, sheet) + 100);

        Assert.Equal(RejectionReason.Corrupt, Reject(lying).Reason);
    }

    [Theory]
    [InlineData(-1000)]
    [InlineData(1000)]
    public void A_part_the_reader_does_not_need_whose_size_lies_is_refused_as_damaged(int lie)
    {
        var picture = BadFiles.Rezip(Filled, "xl/media/image1.png", _ => new byte[20_000]);
        var lying = BadFiles.LieAboutSize(picture, "xl/media/image1.png", (uint)(20_000 + lie));

        Assert.Equal(RejectionReason.Corrupt, Reject(lying).Reason);
    }

    [Fact]
    public void A_part_that_declares_a_kilobyte_and_inflates_to_fifty_megabytes_is_stopped_soon_after_its_kilobyte()
    {
        var bomb = BadFiles.ZipOfZeros("xl/media/image1.png", 50L * 1024 * 1024);
        var lying = BadFiles.LieAboutSize(Merge(Filled, bomb), "xl/media/image1.png", 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Reject(lying);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(RejectionReason.Corrupt, e.Reason);
        Assert.True(allocated < 8L * 1024 * 1024, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void Shared_strings_whose_header_understates_them_are_stopped_as_they_inflate()
    {
        var wordy = LargeParts.WithSharedStringsGrownBy(Filled, 40L * 1024 * 1024);
        var lying = BadFiles.LieAboutSize(wordy, "xl/sharedStrings.xml", 1024 * 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Reject(lying);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(RejectionReason.Corrupt, e.Reason);
        Assert.True(allocated < 4L * lying.Length, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void The_inspector_checks_every_part_to_its_end()
    {
        var picture = BadFiles.Rezip(Filled, "xl/media/image1.png", _ => new byte[20_000]);
        var lying = BadFiles.LieAboutSize(picture, "xl/media/image1.png", 19_000);

        var e = Assert.Throws<WorkbookRejectedException>(() => UploadInspector.Inspect("return.xlsx", new MemoryStream(lying)));

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
    }

    [Fact]
    public void A_workbook_with_a_picture_the_reader_does_not_need_reads_as_before()
    {
        var picture = BadFiles.Rezip(Filled, "xl/media/image1.png", _ => new byte[20_000]);

        var content = new ReturnReader().Read(new MemoryStream(picture), "return.xlsx");

        Assert.Equal("E07000223", content.Metadata["LlaCode"]);
    }

    private static long SizeOf(byte[] xlsx, string entry)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        return zip.GetEntry(entry)!.Length;
    }

    /// <summary>The workbook with the one entry of <paramref name="single"/> added, its compressed bytes as they are.</summary>
    private static byte[] Merge(byte[] xlsx, byte[] single)
    {
        using var output = new MemoryStream();
        output.Write(xlsx);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        using (var source = new ZipArchive(new MemoryStream(single)))
        {
            var from = source.Entries[0];
            using var to = zip.CreateEntry(from.FullName, CompressionLevel.SmallestSize).Open();
            using var read = from.Open();
            read.CopyTo(to);
        }
        return output.ToArray();
    }

    private static WorkbookRejectedException Reject(byte[] file) =>
        Assert.Throws<WorkbookRejectedException>(() => new ReturnReader().Read(new MemoryStream(file), "return.xlsx"));
}
