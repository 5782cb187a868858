using System.Buffers.Binary;
using System.Text;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// Just enough of the OLE2 compound file format to list the names in its directory. Both a legacy .xls and a
/// password-protected .xlsx are compound files; only the encrypted one holds an "EncryptionInfo" stream. Every chain
/// of sectors it follows is bounded by the sectors the file has, and a sector is visited at most once, so a header
/// or chain that lies costs no more than the file's own size.
/// </summary>
internal static class CompoundFile
{
    private const uint MaxRegularSector = 0xFFFFFFFA;
    private const int HeaderSize = 512;
    private const int HeaderDifatEntries = 109;
    private const int DirectoryEntrySize = 128;

    /// <summary>The eight bytes every compound file starts with.</summary>
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>True when <paramref name="head"/> starts with the compound file signature.</summary>
    public static bool HasSignature(ReadOnlySpan<byte> head) => head.StartsWith(Signature);

    /// <summary>The names of the storages and streams in the directory.</summary>
    /// <exception cref="InvalidDataException">
    /// The structure cannot be followed: a sector size other than 512 or 4096 bytes, a FAT longer than the file, or a
    /// chain that loops or leads past the end of the file.
    /// </exception>
    public static IReadOnlyList<string> EntryNames(ReadOnlySpan<byte> file)
    {
        if (file.Length < HeaderSize || !HasSignature(file)) throw Damaged("the file is shorter than a compound file header");
        var shift = BinaryPrimitives.ReadUInt16LittleEndian(file[30..]);
        if (shift is not (9 or 12)) throw Damaged($"the header gives a sector size of 2^{shift} bytes");
        var sectorSize = 1 << shift;
        // Sector n starts at (n + 1) * size: the header has the first sector's room.
        var sectors = file.Length / sectorSize - 1;
        var used = new bool[Math.Max(0, sectors)];
        var fat = ReadFat(file, sectorSize, used);

        var names = new List<string>();
        var sector = BinaryPrimitives.ReadUInt32LittleEndian(file[48..]);
        while (sector <= MaxRegularSector)
        {
            var entries = Sector(file, sector, sectorSize, used, "directory");
            for (var offset = 0; offset < sectorSize; offset += DirectoryEntrySize)
            {
                var entry = entries.Slice(offset, DirectoryEntrySize);
                var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(entry[64..]);
                var type = entry[66];
                if (type == 0 || nameBytes < 2 || nameBytes > 64) continue;
                names.Add(Encoding.Unicode.GetString(entry[..(nameBytes - 2)]));
            }
            if (sector >= fat.Length) throw Damaged($"the FAT does not say what follows directory sector {sector}");
            sector = fat[sector];
        }
        return names;
    }

    /// <summary>
    /// The FAT's entries for the file's sectors: the FAT sectors are listed in the header, then in a chain of DIFAT
    /// sectors. Only as many FAT sectors as it takes to map every sector of the file are read.
    /// </summary>
    private static uint[] ReadFat(ReadOnlySpan<byte> file, int sectorSize, bool[] used)
    {
        var sectors = used.Length;
        var perSector = sectorSize / 4;
        var declared = BinaryPrimitives.ReadUInt32LittleEndian(file[44..]);
        // Each FAT sector is a sector of the file: a header that declares more than the file has lies.
        if (declared > sectors) throw Damaged($"the header declares {declared} FAT sectors in a file of {sectors} sectors");
        var needed = (int)Math.Min(declared, (sectors + perSector - 1) / perSector);
        var fatSectors = new List<uint>(needed);
        var listed = 0L;

        for (var i = 0; i < HeaderDifatEntries && listed < declared; i++, listed++)
            Keep(fatSectors, needed, BinaryPrimitives.ReadUInt32LittleEndian(file[(76 + i * 4)..]), sectors);

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(file[68..]);
        while (listed < declared)
        {
            if (difat > MaxRegularSector) throw Damaged($"the DIFAT lists {listed} of the {declared} FAT sectors the header declares");
            var entries = Sector(file, difat, sectorSize, used, "DIFAT");
            for (var i = 0; i < perSector - 1 && listed < declared; i++, listed++)
                Keep(fatSectors, needed, BinaryPrimitives.ReadUInt32LittleEndian(entries[(i * 4)..]), sectors);
            difat = BinaryPrimitives.ReadUInt32LittleEndian(entries[((perSector - 1) * 4)..]);
        }

        var fat = new uint[fatSectors.Count * perSector];
        for (var f = 0; f < fatSectors.Count; f++)
        {
            var entries = Sector(file, fatSectors[f], sectorSize, used, "FAT");
            for (var i = 0; i < perSector; i++) fat[f * perSector + i] = BinaryPrimitives.ReadUInt32LittleEndian(entries[(i * 4)..]);
        }
        return fat;
    }

    private static void Keep(List<uint> fatSectors, int needed, uint sector, int sectors)
    {
        if (sector >= sectors) throw Damaged($"a FAT sector, {sector}, lies beyond the file's {sectors} sectors");
        if (fatSectors.Count < needed) fatSectors.Add(sector);
    }

    /// <summary>The bytes of one sector, which must lie inside the file and not have been read before in any role.</summary>
    private static ReadOnlySpan<byte> Sector(ReadOnlySpan<byte> file, uint sector, int sectorSize, bool[] used, string role)
    {
        if (sector >= used.Length) throw Damaged($"{role} sector {sector} lies beyond the file's {used.Length} sectors");
        if (used[sector]) throw Damaged($"{role} sector {sector} is reached twice: a chain loops");
        used[sector] = true;
        return file.Slice((int)((sector + 1L) * sectorSize), sectorSize);
    }

    private static InvalidDataException Damaged(string what) => new($"The compound file cannot be followed: {what}.");
}
