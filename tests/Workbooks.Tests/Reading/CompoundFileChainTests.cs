using FsCheck;
using FsCheck.Fluent;
using Ukspf.Testing.CompoundFiles;
using Ukspf.Workbooks.Reading;
using Xunit;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>
/// Legacy .xls and password-protected uploads are OLE2 compound files, which the guard reads far enough to tell one
/// from the other. A damaged or hostile one whose chains loop or lie is refused as damaged, quickly and cheaply.
/// </summary>
public class CompoundFileChainTests
{
    [Theory]
    [InlineData((ushort)0)]
    [InlineData((ushort)7)]
    [InlineData((ushort)16)]
    [InlineData((ushort)31)]
    public void A_sector_size_other_than_512_or_4096_bytes_is_refused_as_damaged(ushort shift)
    {
        var file = CompoundFileDamage.SectorShift(shift);

        var e = Reject(file);

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
        Assert.Contains("damaged", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fat_sector_beyond_the_end_of_the_file_is_refused_as_damaged()
    {
        var file = CompoundFileDamage.FatSectorBeyondTheFile();

        var e = Reject(file);

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
    }

    [Fact]
    public void A_directory_that_starts_beyond_the_end_of_the_file_is_refused_as_damaged()
    {
        var file = CompoundFileDamage.DirectoryBeyondTheFile();

        var e = Reject(file);

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
    }

    [Fact]
    public void A_directory_chain_that_leads_beyond_the_end_of_the_file_is_refused_as_damaged()
    {
        var file = CompoundFileDamage.DirectoryChainBeyondTheFile();

        var e = Reject(file);

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_directory_chain_that_loops_is_refused_as_damaged(int length)
    {
        var file = CompoundFileDamage.DirectoryLoop(length);

        var e = Reject(file);

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
    }

    [Fact]
    public void A_difat_chain_that_loops_is_refused_as_damaged()
    {
        var file = CompoundFileDamage.DifatLoop();

        var e = Reject(file);

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
    }

    [Theory]
    [InlineData(3u)]
    [InlineData(uint.MaxValue)]
    public void A_header_declaring_more_fat_sectors_than_the_file_has_is_refused_as_damaged(uint declared)
    {
        var file = CompoundFileDamage.MoreFatSectorsThanTheFileHas(declared);

        var e = Reject(file);

        Assert.Equal(RejectionReason.Corrupt, e.Reason);
    }

    [Theory]
    [InlineData(9, 4000)]
    [InlineData(12, 2100)]
    public void A_difat_naming_one_fat_sector_millions_of_times_is_refused_without_a_large_allocation(int shift, int difatSectors)
    {
        var file = CompoundFileDamage.OneFatSectorNamedOverAndOver(shift, difatSectors);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Reject(file);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(RejectionReason.Corrupt, e.Reason);
        // The guard reads the file into memory once; anything more than a few times its size is a chain followed too far.
        Assert.True(allocated < 4L * file.Length, $"{allocated:N0} bytes allocated for a {file.Length:N0}-byte file");
    }

    [Fact]
    public void A_password_protected_workbook_with_4096_byte_sectors_is_still_recognised()
    {
        var file = CompoundFile.WithLargeSectors("\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage");

        var e = Reject(file);

        Assert.Equal(RejectionReason.PasswordProtected, e.Reason);
    }

    [Fact]
    public void A_legacy_workbook_with_4096_byte_sectors_is_still_recognised()
    {
        var e = Reject(CompoundFile.WithLargeSectors("Workbook"));

        Assert.Equal(RejectionReason.LegacyXls, e.Reason);
    }

    [Fact]
    public void A_compound_file_damaged_anywhere_is_refused_but_never_throws_anything_else()
    {
        var legacy = CompoundFile.LegacyXls();
        var damages = Gen.Choose(8, legacy.Length - 1).SelectMany(at => Gen.Choose(0, 255).Select(value => (At: at, Value: (byte)value)));

        var property = Prop.ForAll(damages.ToArbitrary(), damage =>
        {
            var file = (byte[])legacy.Clone();
            file[damage.At] = damage.Value;
            return Assert.Throws<WorkbookRejectedException>(() => new ReturnReader().Read(new MemoryStream(file), "return.xls")).Message.Length > 0;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    private static WorkbookRejectedException Reject(byte[] file) =>
        Assert.Throws<WorkbookRejectedException>(() => new ReturnReader().Read(new MemoryStream(file), "return.xls"));
}
