using System.Buffers.Binary;
using System.Text;

namespace Ukspf.Testing.CompoundFiles;

/// <summary>
/// Minimal OLE2 compound files (the header, one FAT sector, one directory sector), the container of Excel 97-2003
/// workbooks and of password-protected .xlsx files: version 3 with 512-byte sectors, or version 4 with 4096-byte
/// sectors. Only the structure is real: the streams are named in the directory and hold nothing.
/// <see cref="CompoundFileDamage"/> makes ones whose header or chains lie.
/// </summary>
public static class CompoundFile
{
    /// <summary>The most streams the one directory sector has room for beside the root entry.</summary>
    public const int MaxStreams = 3;

    internal const uint FreeSector = 0xFFFFFFFF;
    internal const uint EndOfChain = 0xFFFFFFFE;
    internal const uint FatSector = 0xFFFFFFFD;
    internal const uint DifatSector = 0xFFFFFFFC;
    internal const int HeaderDifatOffset = 76;
    internal const int HeaderDifatEntries = 109;

    private const int EntrySize = 128;
    private const uint NoStream = 0xFFFFFFFF;

    /// <summary>Looks like an Excel 97-2003 workbook (.xls): a "Workbook" stream and summary information.</summary>
    public static byte[] LegacyXls() => WithStreams("Workbook", "\u0005SummaryInformation");

    /// <summary>Looks like an .xlsx saved with a password: the encryption header and the encrypted package.</summary>
    public static byte[] PasswordProtectedXlsx() => WithStreams("EncryptionInfo", "EncryptedPackage");

    /// <summary>A version 3 compound file (512-byte sectors) whose root holds empty streams with the given names, in order.</summary>
    /// <param name="streams">Up to <see cref="MaxStreams"/> stream names.</param>
    public static byte[] WithStreams(params string[] streams) => Build(9, streams, extraSectors: 0);

    /// <summary>As <see cref="WithStreams"/>, but version 4, whose sectors are 4096 bytes (as Excel writes large files).</summary>
    /// <param name="streams">Up to <see cref="MaxStreams"/> stream names.</param>
    public static byte[] WithLargeSectors(params string[] streams) => Build(12, streams, extraSectors: 0);

    /// <summary>
    /// The file: sector 0 is the FAT, sector 1 the directory, then <paramref name="extraSectors"/> zeroed sectors the FAT
    /// marks free, for a damaged file to put its own FAT, DIFAT or directory sectors in.
    /// </summary>
    internal static byte[] Build(int shift, IReadOnlyList<string> streams, int extraSectors)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(streams.Count, MaxStreams, nameof(streams));
        var size = 1 << shift;
        var file = new byte[(3L + extraSectors) * size];
        WriteHeader(file, shift);

        for (var i = 0; i < size / 4; i++) SetFat(file, shift, (uint)i, i switch { 0 => FatSector, 1 => EndOfChain, _ => FreeSector });

        var directory = file.AsSpan(Offset(shift, 1), size);
        WriteEntry(directory[..EntrySize], "Root Entry", type: 5, rightSibling: NoStream, child: streams.Count > 0 ? 1u : NoStream);
        for (var i = 0; i < streams.Count; i++)
        {
            var rightSibling = i + 1 < streams.Count ? (uint)(i + 2) : NoStream;
            WriteEntry(directory.Slice((i + 1) * EntrySize, EntrySize), streams[i], type: 2, rightSibling, child: NoStream);
        }

        return file;
    }

    /// <summary>Where sector <paramref name="sector"/> starts: the header takes the first sector's room.</summary>
    internal static int Offset(int shift, uint sector) => checked((int)((sector + 1L) << shift));

    /// <summary>Writes a little-endian 32-bit value, as every field and FAT entry is stored.</summary>
    internal static void Write(byte[] file, int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(offset), value);

    /// <summary>Sets what the FAT (sector 0) says follows <paramref name="sector"/>.</summary>
    internal static void SetFat(byte[] file, int shift, uint sector, uint next) => Write(file, Offset(shift, 0) + (int)sector * 4, next);

    private static void WriteHeader(byte[] file, int shift)
    {
        var header = file.AsSpan(0, 512);
        ReadOnlySpan<byte> signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x003E); // minor version
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)(shift == 12 ? 4 : 3)); // major version: its sector size
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE); // little-endian byte order mark
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], (ushort)shift); // sector size 2^shift
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6); // mini sector size 2^6
        if (shift == 12) BinaryPrimitives.WriteUInt32LittleEndian(header[40..], 1); // version 4 counts its directory sectors
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1); // one FAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1); // the directory starts at sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096); // mini stream cutoff
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain); // no mini FAT
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain); // no DIFAT sectors
        // The header's DIFAT: the FAT is sector 0, the other 108 slots are unused.
        BinaryPrimitives.WriteUInt32LittleEndian(header[HeaderDifatOffset..], 0);
        for (var i = 1; i < HeaderDifatEntries; i++) BinaryPrimitives.WriteUInt32LittleEndian(header[(HeaderDifatOffset + i * 4)..], FreeSector);
    }

    private static void WriteEntry(Span<byte> entry, string name, byte type, uint rightSibling, uint child)
    {
        var nameBytes = Encoding.Unicode.GetBytes(name + "\0");
        nameBytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)nameBytes.Length);
        entry[66] = type;
        entry[67] = 1; // colour: black
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], NoStream);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], rightSibling);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], EndOfChain);
    }
}
