using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Ukspf.Workbooks.Building;

namespace Ukspf.Workbooks.Writing;

/// <summary>
/// Gives a saved package the layout Excel writes: relationship targets relative to their source part
/// ("../comments1.xml", where the packaging library writes "/xl/comments1.xml") and VML drawings named
/// "vmlDrawing1.vml". Both are allowed either way by the standard, but exceljs finds notes only in Excel's layout.
/// </summary>
internal static partial class ExcelPackageLayout
{
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>Rewrites the zip held in <paramref name="package"/>, a seekable read/write stream.</summary>
    public static void Apply(Stream package)
    {
        package.Position = 0;
        using var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true);
        var renames = RenameDrawings(zip);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            Rewrite(entry, rels => FixTargets(rels, SourceFolder(entry.FullName), renames));
        }

        if (renames.Count > 0 && zip.GetEntry("[Content_Types].xml") is { } types)
        {
            Rewrite(types, doc => FixOverrides(doc, renames));
        }
    }

    private static Dictionary<string, string> RenameDrawings(ZipArchive zip)
    {
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        var next = 1;
        foreach (var entry in zip.Entries.Where(e => LooseVmlName().IsMatch(e.FullName) && !ExcelVmlName().IsMatch(e.FullName)).ToList())
        {
            string name;
            do name = $"xl/drawings/vmlDrawing{next++}.vml"; while (names.Contains(name));
            names.Add(name);
            var copy = zip.CreateEntry(name, CompressionLevel.Optimal);
            using (var from = entry.Open())
            using (var to = copy.Open())
            {
                from.CopyTo(to);
            }

            renames["/" + entry.FullName] = "/" + name;
            entry.Delete();
        }

        return renames;
    }

    private static bool FixTargets(XDocument rels, string folder, Dictionary<string, string> renames)
    {
        var changed = false;
        foreach (var rel in rels.Root?.Elements(Relationships + "Relationship") ?? [])
        {
            var target = (string?)rel.Attribute("Target");
            if ((string?)rel.Attribute("TargetMode") == "External" || target is null) continue;
            var absolute = target.StartsWith('/') ? target : Resolve(folder, target);
            var relative = PackagePaths.Relative(folder, renames.GetValueOrDefault(absolute, absolute));
            if (relative == target) continue;
            rel.SetAttributeValue("Target", relative);
            changed = true;
        }

        return changed;
    }

    private static bool FixOverrides(XDocument types, Dictionary<string, string> renames)
    {
        var changed = false;
        foreach (var o in types.Root?.Elements(ContentTypes + "Override") ?? [])
        {
            if ((string?)o.Attribute("PartName") is { } part && renames.TryGetValue(part, out var renamed))
            {
                o.SetAttributeValue("PartName", renamed);
                changed = true;
            }
        }

        return changed;
    }

    private static void Rewrite(ZipArchiveEntry entry, Func<XDocument, bool> change)
    {
        XDocument doc;
        using (var read = entry.Open()) doc = XDocument.Load(read);
        if (!change(doc)) return;
        using var write = entry.Open();
        write.SetLength(0);
        using var xml = XmlWriter.Create(write, PartXml.Settings);
        doc.Save(xml);
    }

    // "xl/worksheets/_rels/sheet1.xml.rels" describes "/xl/worksheets/sheet1.xml", whose folder is "/xl/worksheets/".
    private static string SourceFolder(string relsEntry)
    {
        var relsFolder = relsEntry.LastIndexOf("_rels/", StringComparison.Ordinal);
        return "/" + relsEntry[..Math.Max(0, relsFolder)];
    }

    private static string Resolve(string folder, string relative)
    {
        var segments = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var s in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (s == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
            else if (s != ".") segments.Add(s);
        }

        return "/" + string.Join('/', segments);
    }

    [GeneratedRegex(@"^xl/drawings/[^/]+\.vml$", RegexOptions.IgnoreCase)]
    private static partial Regex LooseVmlName();

    [GeneratedRegex(@"^xl/drawings/vmlDrawing[0-9]+\.vml$")]
    private static partial Regex ExcelVmlName();
}
