using System.Buffers.Binary;
using System.Text;

namespace Ukspf.Workbooks.Tests.Feedback;

/// <summary>
/// The entries of a zip as stored: each entry's CRC and compressed bytes, read from the central directory and local
/// headers, which System.IO.Compression does not expose.
/// </summary>
public static class RawZip
{
    public sealed record Entry(uint Crc32, byte[] Compressed);

    public static IReadOnlyDictionary<string, Entry> Entries(byte[] zip)
    {
        var end = zip.Length - 22;
        while (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end)) != 0x06054b50) end--;
        var count = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(end + 10));
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var header = zip.AsSpan(at);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != 0x02014b50) throw new InvalidDataException("Not a central directory entry.");
            var crc = BinaryPrimitives.ReadUInt32LittleEndian(header[16..]);
            var compressedSize = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            var offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[42..]);
            var name = Encoding.UTF8.GetString(header.Slice(46, nameLength));
            var local = zip.AsSpan(offset);
            var data = 30 + BinaryPrimitives.ReadUInt16LittleEndian(local[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(local[28..]);
            entries[name] = new Entry(crc, local.Slice(data, compressedSize).ToArray());
            at += 46 + nameLength + extraLength + commentLength;
        }

        return entries;
    }
}
