using System.Buffers.Binary;
using System.Text;

namespace Ukspf.Functions.Tests.Pipeline;

/// <summary>
/// Writes a minimal OLE2 compound file (version 3, 512-byte sectors) whose directory holds the given empty streams:
/// "Workbook" makes it look like an Excel 97-2003 .xls, "EncryptionInfo" and "EncryptedPackage" like an .xlsx
/// saved with a password. Only the structure is real; the streams hold nothing.
/// </summary>
internal static class CompoundFileBuilder
{
    private const int SectorSize = 512;
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint NoStream = 0xFFFFFFFF;

    public static byte[] LegacyXls() => Build("Workbook", "\u0005SummaryInformation");

    public static byte[] PasswordProtectedXlsx() => Build("EncryptionInfo", "EncryptedPackage");

    private static byte[] Build(params string[] streams)
    {
        // Header, then sector 0 (the FAT) and sector 1 (the directory: root entry plus up to three streams).
        var file = new byte[SectorSize * 3];
        var header = file.AsSpan(0, SectorSize);
        ReadOnlySpan<byte> signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x003E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[76..], 0);
        for (var i = 1; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + i * 4)..], FreeSector);

        var fat = file.AsSpan(SectorSize, SectorSize);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, FatSector);
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], EndOfChain);
        for (var i = 2; i < SectorSize / 4; i++) BinaryPrimitives.WriteUInt32LittleEndian(fat[(i * 4)..], FreeSector);

        var directory = file.AsSpan(SectorSize * 2, SectorSize);
        WriteEntry(directory[..128], "Root Entry", type: 5, rightSibling: NoStream, child: streams.Length > 0 ? 1u : NoStream);
        for (var i = 0; i < streams.Length; i++)
            WriteEntry(directory.Slice((i + 1) * 128, 128), streams[i], type: 2, rightSibling: i + 1 < streams.Length ? (uint)(i + 2) : NoStream, child: NoStream);
        return file;
    }

    private static void WriteEntry(Span<byte> entry, string name, byte type, uint rightSibling, uint child)
    {
        var nameBytes = Encoding.Unicode.GetBytes(name + "\0");
        nameBytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)nameBytes.Length);
        entry[66] = type;
        entry[67] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], NoStream);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], rightSibling);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], EndOfChain);
    }
}
