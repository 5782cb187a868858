using System.Globalization;
using System.Xml.Linq;
using Ukspf.Storage.Blobs;

namespace Ukspf.Storage.Azure;

/// <summary>Reads one page of a List Blobs response: the blobs and the <c>NextMarker</c> of the next page.</summary>
internal static class BlobListXml
{
    public static (IReadOnlyList<BlobProperties> Blobs, string? NextMarker) Read(Stream xml)
    {
        var root = XDocument.Load(xml).Root ?? throw new FormatException("List Blobs answered with an empty document.");
        var blobs = new List<BlobProperties>();
        foreach (var blob in root.Element("Blobs")?.Elements("Blob") ?? [])
        {
            var properties = blob.Element("Properties");
            var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in blob.Element("Metadata")?.Elements() ?? [])
            {
                metadata[item.Name.LocalName] = item.Value;
            }

            blobs.Add(new BlobProperties(
                blob.Element("Name")?.Value ?? "",
                BlobHeaders.QuoteETag(properties?.Element("Etag")?.Value ?? ""),
                long.Parse(properties?.Element("Content-Length")?.Value ?? "0", CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(properties?.Element("Last-Modified")?.Value ?? "", CultureInfo.InvariantCulture),
                NullIfEmpty(properties?.Element("Content-Type")?.Value),
                metadata));
        }

        return (blobs, NullIfEmpty(root.Element("NextMarker")?.Value));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
