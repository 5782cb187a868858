using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>
/// Copies of a workbook with one part made large: written a block at a time straight into the zip, so a part of tens
/// of megabytes is never held in memory unpacked.
/// </summary>
internal static class LargeParts
{
    private const string SharedStrings = "xl/sharedStrings.xml";

    /// <summary>
    /// The workbook with at least <paramref name="extraBytes"/> of extra text items at the end of its shared strings,
    /// each different, as a return with a great deal of pasted text would have.
    /// </summary>
    public static byte[] WithSharedStringsGrownBy(byte[] xlsx, long extraBytes, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(xlsx)))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, entry.FullName == SharedStrings ? level : CompressionLevel.Optimal).Open();
                if (entry.FullName == SharedStrings) Grow(from, to, extraBytes);
                else from.CopyTo(to);
            }
        }
        return output.ToArray();
    }

    private static void Grow(Stream from, Stream to, long extraBytes)
    {
        using var reader = new StreamReader(from, Encoding.UTF8);
        var original = reader.ReadToEnd();
        var end = original.LastIndexOf("</sst>", StringComparison.Ordinal);
        to.Write(Encoding.UTF8.GetBytes(original[..end]));
        var block = new StringBuilder();
        for (long written = 0, item = 0; written < extraBytes; written += block.Length)
        {
            block.Clear();
            for (var i = 0; i < 1000; i++, item++)
                block.Append(CultureInfo.InvariantCulture, $"<si><t>Note {item}: delivery of scheme {item % 997} is on track, see the partner's report.</t></si>");
            to.Write(Encoding.UTF8.GetBytes(block.ToString()));
        }
        to.Write("</sst>"u8);
    }
}
