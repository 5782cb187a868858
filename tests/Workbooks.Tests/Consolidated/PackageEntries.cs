using System.IO.Compression;
using System.Xml.Linq;

namespace Ukspf.Workbooks.Tests.Consolidated;

/// <summary>A written .xlsx taken apart as a zip: its entries' bytes, relationships and content types.</summary>
public sealed class PackageEntries
{
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";

    private PackageEntries(IReadOnlyDictionary<string, byte[]> entries) => Entries = entries;

    /// <summary>Every entry's uncompressed bytes, by its name in the zip.</summary>
    public IReadOnlyDictionary<string, byte[]> Entries { get; }

    public static PackageEntries Read(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries.Add(entry.FullName, copy.ToArray());
        }

        return new PackageEntries(entries);
    }

    /// <summary>The relationships of a relationship part, as written: (Id, Type, Target).</summary>
    public IReadOnlyList<(string Id, string Type, string Target)> Relationships(string relsPart) =>
        Xml(relsPart).Root!.Elements()
            .Select(r => ((string)r.Attribute("Id")!, (string)r.Attribute("Type")!, (string)r.Attribute("Target")!))
            .ToList();

    /// <summary>The content type [Content_Types].xml gives a part: its override, else its extension's default.</summary>
    public string? ContentType(string part)
    {
        var types = Xml("[Content_Types].xml").Root!;
        var byName = types.Elements(Types + "Override").FirstOrDefault(o => (string?)o.Attribute("PartName") == "/" + part);
        if (byName is not null) return (string?)byName.Attribute("ContentType");
        var extension = part[(part.LastIndexOf('.') + 1)..];
        return types.Elements(Types + "Default")
            .Where(d => string.Equals((string?)d.Attribute("Extension"), extension, StringComparison.OrdinalIgnoreCase))
            .Select(d => (string?)d.Attribute("ContentType"))
            .FirstOrDefault();
    }

    /// <summary>The part names [Content_Types].xml overrides.</summary>
    public IReadOnlyList<string> Overrides() =>
        Xml("[Content_Types].xml").Root!.Elements(Types + "Override").Select(o => ((string)o.Attribute("PartName")!)[1..]).ToList();

    /// <summary>The relationship part holding <paramref name="part"/>'s relationships ("" for the package's).</summary>
    public static string RelationshipsOf(string part)
    {
        var folder = part[..(part.LastIndexOf('/') + 1)];
        return $"{folder}_rels/{part[folder.Length..]}.rels";
    }

    /// <summary>Resolves a relative target against the folder of its source part.</summary>
    public static string Resolve(string source, string target)
    {
        var segments = source.Split('/').SkipLast(1).ToList();
        foreach (var s in target.Split('/'))
        {
            if (s == "..") segments.RemoveAt(segments.Count - 1);
            else if (s != ".") segments.Add(s);
        }

        return string.Join('/', segments);
    }

    private XDocument Xml(string part) => XDocument.Load(new MemoryStream(Entries[part]));
}
