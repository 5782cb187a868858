using System.Xml;

namespace Ukspf.Workbooks.Reading;

/// <summary>One relationship of a part: its id, its type's last segment ("worksheet") and the target part's path.</summary>
internal sealed record PackageRelationship(string Id, string Kind, string TargetPath)
{
    /// <summary>The relationships of the part at <paramref name="partPath"/> ("" for the package itself).</summary>
    public static IReadOnlyList<PackageRelationship> Of(UploadPackage package, string partPath, XmlNameTable names)
    {
        var slash = partPath.LastIndexOf('/');
        var folder = slash < 0 ? "" : partPath[..(slash + 1)];
        var file = slash < 0 ? partPath : partPath[(slash + 1)..];
        var result = new List<PackageRelationship>();
        using var stream = package.OpenPart($"{folder}_rels/{file}.rels");
        if (stream is null) return result;
        using var reader = XmlParts.Open(stream, names);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            var id = reader.GetAttribute("Id");
            var type = reader.GetAttribute("Type");
            var target = reader.GetAttribute("Target");
            if (id is null || type is null || target is null || reader.GetAttribute("TargetMode") == "External") continue;
            result.Add(new PackageRelationship(id, type[(type.LastIndexOf('/') + 1)..], XmlParts.Resolve(folder, Uri.UnescapeDataString(target))));
        }
        return result;
    }
}
