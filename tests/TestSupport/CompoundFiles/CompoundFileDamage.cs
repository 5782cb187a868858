namespace Ukspf.Testing.CompoundFiles;

/// <summary>
/// Legacy .xls files (see <see cref="CompoundFile.LegacyXls"/>) whose header or sector chains lie, as a damaged or
/// hostile upload's would: sizes no file has, chains that loop or lead past the end of the file. A reader that follows
/// them without a bound runs for ever or takes gigabytes.
/// </summary>
public static class CompoundFileDamage
{
    private const int Shift = 9;
    private const int FatCountOffset = 44;
    private const int DirectoryStartOffset = 48;
    private const int DifatStartOffset = 68;
    private const int DifatCountOffset = 72;
    private const uint FarBeyond = 1_000_000;

    /// <summary>The header says its sectors are 2^<paramref name="shift"/> bytes (only 2^9 and 2^12 exist).</summary>
    public static byte[] SectorShift(ushort shift)
    {
        var file = CompoundFile.LegacyXls();
        file[30] = (byte)shift;
        file[31] = (byte)(shift >> 8);
        return file;
    }

    /// <summary>The header says the FAT is in a sector far beyond the end of the file.</summary>
    public static byte[] FatSectorBeyondTheFile()
    {
        var file = CompoundFile.LegacyXls();
        CompoundFile.Write(file, CompoundFile.HeaderDifatOffset, FarBeyond);
        return file;
    }

    /// <summary>The header says the directory starts far beyond the end of the file.</summary>
    public static byte[] DirectoryBeyondTheFile()
    {
        var file = CompoundFile.LegacyXls();
        CompoundFile.Write(file, DirectoryStartOffset, FarBeyond);
        return file;
    }

    /// <summary>The FAT says the directory's first sector is followed by one far beyond the end of the file.</summary>
    public static byte[] DirectoryChainBeyondTheFile()
    {
        var file = CompoundFile.LegacyXls();
        CompoundFile.SetFat(file, Shift, 1, FarBeyond);
        return file;
    }

    /// <summary>The FAT chains the directory's <paramref name="length"/> sectors into a loop (1: a sector followed by itself).</summary>
    public static byte[] DirectoryLoop(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var file = CompoundFile.Build(Shift, ["Workbook"], extraSectors: length - 1);
        for (var i = 1u; i <= length; i++) CompoundFile.SetFat(file, Shift, i, i == length ? 1 : i + 1);
        return file;
    }

    /// <summary>The header says there are more FAT sectors than the file has sectors at all.</summary>
    public static byte[] MoreFatSectorsThanTheFileHas(uint declared)
    {
        var file = CompoundFile.LegacyXls();
        CompoundFile.Write(file, FatCountOffset, declared);
        return file;
    }

    /// <summary>
    /// A file of 300 sectors whose header declares 300 FAT sectors: 109 listed in the header, the rest in a DIFAT
    /// sector whose link to the next DIFAT sector points back at itself.
    /// </summary>
    public static byte[] DifatLoop()
    {
        const uint sectors = 300;
        const uint difat = 2;
        var file = CompoundFile.Build(Shift, ["Workbook"], extraSectors: (int)sectors - 2);
        CompoundFile.Write(file, FatCountOffset, sectors);
        CompoundFile.Write(file, DifatStartOffset, difat);
        CompoundFile.Write(file, DifatCountOffset, 1);
        // Every FAT sector named is a distinct sector inside the file; only the DIFAT's link lies.
        var next = difat + 1;
        for (var i = 1; i < CompoundFile.HeaderDifatEntries; i++) CompoundFile.Write(file, CompoundFile.HeaderDifatOffset + i * 4, next++);
        var perSector = (1 << Shift) / 4;
        var at = CompoundFile.Offset(Shift, difat);
        for (var i = 0; i < perSector - 1; i++) CompoundFile.Write(file, at + i * 4, next++);
        CompoundFile.Write(file, at + (perSector - 1) * 4, difat);
        CompoundFile.SetFat(file, Shift, difat, CompoundFile.DifatSector);
        return file;
    }

    /// <summary>
    /// A file of <paramref name="difatSectors"/> DIFAT sectors, chained in order, each naming sector 0 as a FAT sector
    /// in every slot, and a header that declares every one of those FAT sectors: millions, for a file of a few megabytes.
    /// </summary>
    /// <param name="shift">9 for 512-byte sectors, 12 for 4096-byte ones.</param>
    /// <param name="difatSectors">How many DIFAT sectors to chain.</param>
    public static byte[] OneFatSectorNamedOverAndOver(int shift, int difatSectors)
    {
        var file = CompoundFile.Build(shift, ["Workbook"], extraSectors: difatSectors);
        var perSector = (1 << shift) / 4;
        CompoundFile.Write(file, FatCountOffset, (uint)(CompoundFile.HeaderDifatEntries + (long)difatSectors * (perSector - 1)));
        CompoundFile.Write(file, DifatStartOffset, 2);
        CompoundFile.Write(file, DifatCountOffset, (uint)difatSectors);
        for (var i = 0; i < CompoundFile.HeaderDifatEntries; i++) CompoundFile.Write(file, CompoundFile.HeaderDifatOffset + i * 4, 0);
        for (var d = 0u; d < difatSectors; d++)
        {
            var at = CompoundFile.Offset(shift, 2 + d);
            // The sector's slots stay zero, each naming sector 0; the last links on to the next DIFAT sector.
            CompoundFile.Write(file, at + (perSector - 1) * 4, d + 1 < difatSectors ? 3 + d : CompoundFile.EndOfChain);
        }

        return file;
    }
}
