using System.IO.Compression;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// The entries of an upload's zip by name, each checked before any is read: no more of them than the limit, a plain
/// relative name given once (case aside), no VBA project or macro sheet, and declared sizes within the limits for the
/// part, the workbook and the compression ratio. One pass over the zip's directory, reading no part.
/// </summary>
internal static class ZipEntryIndex
{
    /// <summary>Every entry by its name (case-insensitive).</summary>
    /// <exception cref="WorkbookRejectedException">An entry's name, kind or declared size is refused.</exception>
    public static Dictionary<string, ZipArchiveEntry> Of(ZipArchive archive, ReaderLimits limits)
    {
        var count = archive.Entries.Count;
        if (count > limits.MaxEntries) throw Rejections.TooManyParts(count);
        var entries = new Dictionary<string, ZipArchiveEntry>(count, StringComparer.OrdinalIgnoreCase);
        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            var name = entry.FullName;
            if (ZipEntryNames.Fault(name) is { } fault) throw Rejections.Corrupt(new InvalidDataException($"The zip entry '{name}' {fault}."));
            if (name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)) throw Rejections.MacroEnabled();
            // Excel keeps Excel 4.0 macro sheets under xl/macrosheets/ (or xl/intlMacrosheets/), even in a .xlsx.
            if (name.Contains("macrosheets/", StringComparison.OrdinalIgnoreCase)) throw Rejections.MacroSheet();
            if (entry.Length > limits.MaxPartBytes) throw Rejections.PartTooLarge(name, limits.MaxPartBytes);
            declared += entry.Length;
            if (entry.Length < 0 || declared > limits.MaxUncompressedBytes) throw Rejections.ZipBomb();
            if (entry.Length > limits.CompressionRatioFloorBytes && entry.Length > limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                throw Rejections.ZipBomb();
            // Windows, Excel and the packaging library take names that differ only in case as one part.
            if (!entries.TryAdd(name, entry)) throw Rejections.Corrupt(new InvalidDataException($"The zip names '{name}' twice, ignoring case."));
        }
        return entries;
    }
}
