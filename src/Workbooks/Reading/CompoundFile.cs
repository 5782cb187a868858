using System.Buffers.Binary;
using System.Text;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// Just enough of the OLE2 compound file format to list the names in its directory. Both a legacy .xls and a
/// password-protected .xlsx are compound files; only the encrypted one holds an "EncryptionInfo" stream.
/// </summary>
internal static class CompoundFile
{
    private const uint MaxRegularSector = 0xFFFFFFFA;
    private const int HeaderDifatEntries = 109;
    private const int DirectoryEntrySize = 128;

    /// <summary>The eight bytes every compound file starts with.</summary>
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>True when <paramref name="head"/> starts with the compound file signature.</summary>
    public static bool HasSignature(ReadOnlySpan<byte> head) => head.StartsWith(Signature);

    /// <summary>The names of the storages and streams in the directory; empty when the structure cannot be followed.</summary>
    public static IReadOnlyList<string> EntryNames(ReadOnlySpan<byte> file)
    {
        var names = new List<string>();
        if (file.Length < 512 || !HasSignature(file)) return names;
        var shift = BinaryPrimitives.ReadUInt16LittleEndian(file[30..]);
        if (shift is not (9 or 12)) return names;
        var sectorSize = 1 << shift;
        var fat = ReadFat(file, sectorSize);
        var sector = BinaryPrimitives.ReadUInt32LittleEndian(file[48..]);
        var visited = 0;
        var maxSectors = file.Length / sectorSize + 1;
        while (sector < MaxRegularSector && visited++ < maxSectors)
        {
            var start = (long)(sector + 1) * sectorSize;
            if (start + sectorSize > file.Length) break;
            for (var offset = 0; offset < sectorSize; offset += DirectoryEntrySize)
            {
                var entry = file.Slice((int)start + offset, DirectoryEntrySize);
                var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(entry[64..]);
                var type = entry[66];
                if (type == 0 || nameBytes < 2 || nameBytes > 64) continue;
                names.Add(Encoding.Unicode.GetString(entry[..(nameBytes - 2)]));
            }
            sector = sector < fat.Length ? fat[sector] : MaxRegularSector + 1;
        }
        return names;
    }

    private static uint[] ReadFat(ReadOnlySpan<byte> file, int sectorSize)
    {
        var fatSectors = new List<uint>();
        var declared = BinaryPrimitives.ReadUInt32LittleEndian(file[44..]);
        for (var i = 0; i < HeaderDifatEntries && fatSectors.Count < declared; i++)
            fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(file[(76 + i * 4)..]));

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(file[68..]);
        var perSector = sectorSize / 4 - 1;
        var guard = file.Length / sectorSize + 1;
        while (difat < MaxRegularSector && fatSectors.Count < declared && guard-- > 0)
        {
            var start = (long)(difat + 1) * sectorSize;
            if (start + sectorSize > file.Length) break;
            var sector = file.Slice((int)start, sectorSize);
            for (var i = 0; i < perSector && fatSectors.Count < declared; i++)
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(sector[(i * 4)..]));
            difat = BinaryPrimitives.ReadUInt32LittleEndian(sector[(perSector * 4)..]);
        }

        var fat = new List<uint>(fatSectors.Count * (sectorSize / 4));
        foreach (var id in fatSectors)
        {
            var start = (long)(id + 1) * sectorSize;
            if (id >= MaxRegularSector || start + sectorSize > file.Length) break;
            var sector = file.Slice((int)start, sectorSize);
            for (var i = 0; i < sectorSize; i += 4) fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(sector[i..]));
        }
        return fat.ToArray();
    }
}
