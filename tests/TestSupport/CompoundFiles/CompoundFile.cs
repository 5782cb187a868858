using System.Buffers.Binary;
using System.Text;

namespace Ukspf.Testing.CompoundFiles;

/// <summary>
/// Minimal OLE2 compound files (version 3, 512-byte sectors: the header, one FAT sector, one directory sector),
/// the container of Excel 97-2003 workbooks and of password-protected .xlsx files. Only the structure is real:
/// the streams are named in the directory and hold nothing.
/// </summary>
public static class CompoundFile
{
    /// <summary>The most streams the one directory sector has room for beside the root entry.</summary>
    public const int MaxStreams = 3;

    private const int SectorSize = 512;
    private const int EntrySize = 128;
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint NoStream = 0xFFFFFFFF;

    /// <summary>Looks like an Excel 97-2003 workbook (.xls): a "Workbook" stream and summary information.</summary>
    public static byte[] LegacyXls() => WithStreams("Workbook", "\u0005SummaryInformation");

    /// <summary>Looks like an .xlsx saved with a password: the encryption header and the encrypted package.</summary>
    public static byte[] PasswordProtectedXlsx() => WithStreams("EncryptionInfo", "EncryptedPackage");

    /// <summary>A compound file whose root holds empty streams with the given names, in order.</summary>
    /// <param name="streams">Up to <see cref="MaxStreams"/> stream names.</param>
    public static byte[] WithStreams(params string[] streams)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(streams.Length, MaxStreams, nameof(streams));
        var file = new byte[SectorSize * 3];
        WriteHeader(file.AsSpan(0, SectorSize));

        // Sector 0 is the FAT itself, sector 1 the directory; nothing else is allocated.
        var fat = file.AsSpan(SectorSize, SectorSize);
        for (var i = 0; i < SectorSize / 4; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(i * 4)..], i switch { 0 => FatSector, 1 => EndOfChain, _ => FreeSector });

        var directory = file.AsSpan(SectorSize * 2, SectorSize);
        WriteEntry(directory[..EntrySize], "Root Entry", type: 5, rightSibling: NoStream, child: streams.Length > 0 ? 1u : NoStream);
        for (var i = 0; i < streams.Length; i++)
        {
            var rightSibling = i + 1 < streams.Length ? (uint)(i + 2) : NoStream;
            WriteEntry(directory.Slice((i + 1) * EntrySize, EntrySize), streams[i], type: 2, rightSibling, child: NoStream);
        }

        return file;
    }

    private static void WriteHeader(Span<byte> header)
    {
        ReadOnlySpan<byte> signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x003E); // minor version
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 3); // major version: 512-byte sectors
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE); // little-endian byte order mark
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9); // sector size 2^9
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6); // mini sector size 2^6
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1); // one FAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1); // the directory starts at sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096); // mini stream cutoff
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain); // no mini FAT
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain); // no DIFAT sectors
        // The header's DIFAT: the FAT is sector 0, the other 108 slots are unused.
        BinaryPrimitives.WriteUInt32LittleEndian(header[76..], 0);
        for (var i = 1; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + i * 4)..], FreeSector);
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
