using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>Builds the kinds of file councils upload by mistake, or an attacker might.</summary>
internal static class BadFiles
{
    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A zip of the given entries and text contents.</summary>
    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return output.ToArray();
    }

    /// <summary>A copy of <paramref name="xlsx"/> with one entry added or replaced by <paramref name="change"/>.</summary>
    public static byte[] Rezip(byte[] xlsx, string entryName, Func<byte[]?, byte[]> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(xlsx)))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            byte[]? old = null;
            foreach (var entry in source.Entries)
            {
                var bytes = ReadAll(entry);
                if (entry.FullName == entryName)
                {
                    old = bytes;
                    continue;
                }
                using var stream = target.CreateEntry(entry.FullName).Open();
                stream.Write(bytes);
            }
            using var changed = target.CreateEntry(entryName).Open();
            changed.Write(change(old));
        }
        return output.ToArray();
    }

    /// <summary>A copy of <paramref name="xlsx"/> with one more entry at the end, whatever its name: it may repeat another's.</summary>
    public static byte[] WithEntry(byte[] xlsx, string entryName, string content)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(xlsx)))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var stream = target.CreateEntry(entry.FullName).Open();
                stream.Write(ReadAll(entry));
            }
            using var added = target.CreateEntry(entryName).Open();
            added.Write(Encoding.UTF8.GetBytes(content));
        }
        return output.ToArray();
    }

    /// <summary>A zip holding one entry of <paramref name="bytes"/> zeros, streamed so it never sits in memory unpacked.</summary>
    public static byte[] ZipOfZeros(string entryName, long bytes)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry(entryName, CompressionLevel.Optimal).Open();
            var block = new byte[1 << 20];
            for (long written = 0; written < bytes; written += block.Length) stream.Write(block, 0, (int)Math.Min(block.Length, bytes - written));
        }
        return output.ToArray();
    }

    /// <summary>Rewrites the uncompressed size recorded for <paramref name="entryName"/> in both zip headers.</summary>
    public static byte[] LieAboutSize(byte[] zip, string entryName, uint declared)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), declared);
            else if (signature == 0x02014b50 && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), declared);
        }
        return bytes;
    }

    /// <summary>The smallest package Excel would call a workbook, with no sheets in it.</summary>
    public static byte[] WorkbookWithoutSheets() => Zip(
        ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""),
        ("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>"""),
        ("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>"""));

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
