using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Ukspf.Workbooks.Feedback;

/// <summary>What the copy needs to know of the council's package before writing anything: its parts, the workbook's sheets and relationships.</summary>
internal sealed class PackageIndex
{
    private readonly Dictionary<string, string> _paths;

    private PackageIndex(Dictionary<string, string> paths, string workbookPath, IReadOnlyList<PartRelationship> workbookRelationships, IReadOnlyList<WorkbookSheet> sheets)
    {
        _paths = paths;
        WorkbookPath = workbookPath;
        WorkbookRelationships = workbookRelationships;
        Sheets = sheets;
        StylesPath = workbookRelationships.FirstOrDefault(r => r.Type == Markup.StylesType && !r.External && paths.ContainsKey(r.TargetPath))?.TargetPath;
    }

    /// <summary>The workbook part, e.g. "xl/workbook.xml".</summary>
    public string WorkbookPath { get; }

    /// <summary>The workbook part's relationships.</summary>
    public IReadOnlyList<PartRelationship> WorkbookRelationships { get; }

    /// <summary>Every sheet in workbook order.</summary>
    public IReadOnlyList<WorkbookSheet> Sheets { get; }

    /// <summary>The styles part, or null when the workbook has none.</summary>
    public string? StylesPath { get; }

    /// <summary>Every entry's name.</summary>
    public IEnumerable<string> Paths => _paths.Values;

    /// <summary>Whether the package has an entry of this name (ignoring case, as packages do).</summary>
    public bool Has(string path) => _paths.ContainsKey(path);

    /// <summary>The entry of a part in <paramref name="archive"/> (this package or its copy), found ignoring case; null when there is none.</summary>
    public ZipArchiveEntry? Entry(ZipArchive archive, string path) =>
        _paths.TryGetValue(path, out var name) ? archive.GetEntry(name) : null;

    /// <summary>The worksheet called <paramref name="name"/> (ignoring case, as Excel compares sheet names), or null.</summary>
    public WorkbookSheet? Worksheet(string name) =>
        Sheets.FirstOrDefault(s => s.PartPath is not null && s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A part name not yet used: <paramref name="stem"/> and the first free number, then <paramref name="extension"/>; the name is then taken.</summary>
    public string NewPath(string stem, string extension)
    {
        for (var n = 1; ; n++)
        {
            var path = stem + n.ToString(CultureInfo.InvariantCulture) + extension;
            if (_paths.TryAdd(path, path)) return path;
        }
    }

    /// <summary>Reads the package's relationships and its workbook's list of sheets.</summary>
    /// <exception cref="InvalidDataException">The package has no workbook part.</exception>
    public static PackageIndex Read(ZipArchive package)
    {
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in package.Entries) paths.TryAdd(e.FullName, e.FullName);
        var document = PartRelationship.Of(package, "").FirstOrDefault(r => r.Type == Markup.OfficeDocumentType && !r.External);
        var workbookPath = document?.TargetPath ?? "xl/workbook.xml";
        var entry = (paths.TryGetValue(workbookPath, out var workbookEntry) ? package.GetEntry(workbookEntry) : null) ?? throw new InvalidDataException("The package has no workbook.");
        var relationships = PartRelationship.Of(package, workbookPath);
        var byId = relationships.Where(r => !r.External).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var sheets = new List<WorkbookSheet>();
        using (var stream = entry.Open())
        using (var reader = XmlPass.Reader(stream))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet" || reader.NamespaceURI != Markup.Main) continue;
                var name = reader.GetAttribute("name") ?? "";
                var sheetId = uint.TryParse(reader.GetAttribute("sheetId"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
                var id = reader.GetAttribute("id", Markup.Relationships);
                var part = id is not null && byId.TryGetValue(id, out var r) && r.Type == Markup.WorksheetType && paths.ContainsKey(r.TargetPath) ? r.TargetPath : null;
                sheets.Add(new WorkbookSheet(name, sheetId, part));
            }
        }

        return new PackageIndex(paths, workbookPath, relationships, sheets);
    }
}
