using System.Buffers.Text;
using Ukspf.Workbooks.Reading.Xml;

namespace Ukspf.Workbooks.Reading;

/// <summary>Reads the shared string table: plain and rich-text items, in index order.</summary>
internal static class SharedStrings
{
    /// <summary>Every shared string; an empty array when the workbook has none.</summary>
    public static string[] Read(UploadPackage package, string? path)
    {
        if (path is null) return [];
        var stream = package.OpenPart(path);
        if (stream is null) return [];
        using var reader = new Utf8PartReader(stream);
        var items = new List<string>();
        while (reader.Read())
        {
            if (!reader.IsElement) continue;
            if (reader.NameIs("si"u8)) items.Add(StringItem.Read(reader));
            else if (reader.NameIs("sst"u8) && reader.TryGetAttribute("uniqueCount"u8, out var count)
                && Utf8Parser.TryParse(count, out int n, out _) && n is > 0 and < 1_000_000)
                items.Capacity = n;
        }
        return items.ToArray();
    }
}
