using System.IO.Compression;
using System.Xml;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Workbooks.Feedback;

/// <summary>One relationship of a part, its target resolved to a path in the package (no leading slash).</summary>
/// <param name="Id">The relationship id, e.g. "rId3".</param>
/// <param name="Type">The full relationship type.</param>
/// <param name="TargetPath">The target part's path; for an external target, the target as written.</param>
/// <param name="External">Whether the target is outside the package.</param>
internal sealed record PartRelationship(string Id, string Type, string TargetPath, bool External)
{
    /// <summary>The relationships part of <paramref name="partPath"/>: "xl/worksheets/_rels/sheet1.xml.rels"; "_rels/.rels" for the package.</summary>
    public static string RelationshipsPath(string partPath)
    {
        var slash = partPath.LastIndexOf('/');
        return $"{partPath[..(slash + 1)]}_rels/{partPath[(slash + 1)..]}.rels";
    }

    /// <summary>The folder a part's relative targets start from: "xl/worksheets/" for "xl/worksheets/sheet1.xml".</summary>
    public static string FolderOf(string partPath) => partPath[..(partPath.LastIndexOf('/') + 1)];

    /// <summary>
    /// <paramref name="target"/> relative to <paramref name="folder"/>, as Excel writes relationship targets:
    /// "worksheets/sheet1.xml" from "xl/", "../comments1.xml" from "xl/worksheets/".
    /// </summary>
    public static string Relative(string folder, string target)
    {
        var from = folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = target.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        return string.Join('/', Enumerable.Repeat("..", from.Length - common).Concat(to[common..]));
    }

    /// <summary>The relationships of the part at <paramref name="partPath"/> ("" for the package), none when it has no relationships part.</summary>
    public static IReadOnlyList<PartRelationship> Of(ZipArchive package, string partPath)
    {
        var result = new List<PartRelationship>();
        var entry = package.GetEntry(RelationshipsPath(partPath));
        if (entry is null) return result;
        var folder = FolderOf(partPath);
        using var stream = entry.Open();
        using var reader = XmlPass.Reader(stream);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            var id = reader.GetAttribute("Id");
            var type = reader.GetAttribute("Type");
            var target = reader.GetAttribute("Target");
            if (id is null || type is null || target is null) continue;
            var external = reader.GetAttribute("TargetMode") == "External";
            result.Add(new PartRelationship(id, type, external ? target : XmlParts.Resolve(folder, Uri.UnescapeDataString(target)), external));
        }

        return result;
    }

    /// <summary>An id none of <paramref name="taken"/> uses: "rId" and the next free number.</summary>
    public static string FreeId(ICollection<string> taken)
    {
        for (var n = taken.Count + 1; ; n++)
        {
            var id = "rId" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!taken.Contains(id)) return id;
        }
    }
}
