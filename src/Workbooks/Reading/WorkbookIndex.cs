using System.Xml;

namespace Ukspf.Workbooks.Reading;

/// <summary>What workbook.xml and its relationships say: the sheets in order, where each lives, the defined names.</summary>
internal sealed class WorkbookIndex
{
    private WorkbookIndex(IReadOnlyList<SheetEntry> sheets, IReadOnlyDictionary<string, string> names, string? sharedStrings)
    {
        Sheets = sheets;
        Names = names;
        SharedStringsPath = sharedStrings;
    }

    /// <summary>Every sheet (worksheets, chart sheets...), in workbook order.</summary>
    public IReadOnlyList<SheetEntry> Sheets { get; }

    /// <summary>Workbook-level defined names (case-insensitive, as in Excel) to their reference text.</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>The shared strings part, if any.</summary>
    public string? SharedStringsPath { get; }

    /// <summary>The worksheet called <paramref name="name"/> (case-insensitive, as Excel compares sheet names).</summary>
    public SheetEntry? Worksheet(string name) =>
        Sheets.FirstOrDefault(s => s.PartPath is not null && s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds and reads the workbook part.</summary>
    /// <exception cref="WorkbookRejectedException">The package holds no spreadsheet, or a sheet's part is missing.</exception>
    public static WorkbookIndex Read(UploadPackage package, XmlNameTable nameTable)
    {
        var workbookPath = WorkbookPath(package, nameTable);
        var relationships = PackageRelationship.Of(package, workbookPath, nameTable).ToDictionary(r => r.Id, StringComparer.Ordinal);
        RefuseMacroParts(relationships.Values);
        using var stream = package.OpenPart(workbookPath) ?? throw Rejections.Corrupt();
        using var reader = XmlParts.Open(stream, nameTable);
        var sheets = new List<SheetEntry>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element) { reader.Read(); continue; }
            switch (reader.LocalName)
            {
                case "sheet":
                    sheets.Add(Sheet(reader, relationships, package));
                    reader.Read();
                    break;
                case "definedName":
                    var name = reader.GetAttribute("name");
                    var local = reader.GetAttribute("localSheetId");
                    if (MacroNames.RunsAMacro(name, reader)) throw Rejections.MacroName();
                    var reference = reader.ReadElementContentAsString();
                    if (name is not null && local is null) names.TryAdd(name, reference);
                    break;
                default:
                    reader.Read();
                    break;
            }
        }
        var strings = relationships.Values.FirstOrDefault(r => r.Kind == "sharedStrings")?.TargetPath;
        return new WorkbookIndex(sheets, names, strings is not null && package.Has(strings) ? strings : null);
    }

    /// <summary>A macro sheet or VBA project the workbook relates to, listed as a sheet or not.</summary>
    private static void RefuseMacroParts(IEnumerable<PackageRelationship> relationships)
    {
        foreach (var relationship in relationships)
        {
            if (relationship.Kind.EndsWith("Macrosheet", StringComparison.OrdinalIgnoreCase)) throw Rejections.MacroSheet();
            if (relationship.Kind.Equals("vbaProject", StringComparison.OrdinalIgnoreCase)) throw Rejections.MacroEnabled();
        }
    }

    private static SheetEntry Sheet(XmlReader reader, IReadOnlyDictionary<string, PackageRelationship> relationships, UploadPackage package)
    {
        var name = reader.GetAttribute("name") ?? "";
        string? id = null;
        while (reader.MoveToNextAttribute())
        {
            if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal)) id = reader.Value;
        }
        reader.MoveToElement();
        if (id is null || !relationships.TryGetValue(id, out var relationship)) throw Rejections.Corrupt();
        if (relationship.Kind != "worksheet") return new SheetEntry(name, null);
        if (!package.Has(relationship.TargetPath)) throw Rejections.Corrupt();
        return new SheetEntry(name, relationship.TargetPath);
    }

    private static string WorkbookPath(UploadPackage package, XmlNameTable nameTable)
    {
        var document = PackageRelationship.Of(package, "", nameTable).FirstOrDefault(r => r.Kind == "officeDocument");
        if (document is not null && document.TargetPath.EndsWith(".bin", StringComparison.OrdinalIgnoreCase))
            throw Rejections.NotAWorkbook("an Excel Binary Workbook (.xlsb)");
        if (document is not null && document.TargetPath.StartsWith("word/", StringComparison.OrdinalIgnoreCase))
            throw Rejections.NotAWorkbook("a Word document");
        if (document is not null && document.TargetPath.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase))
            throw Rejections.NotAWorkbook("a PowerPoint presentation");
        if (document is not null && package.Has(document.TargetPath)) return document.TargetPath;
        if (package.Has("mimetype") && package.Has("content.xml")) throw Rejections.NotAWorkbook("an OpenDocument spreadsheet (.ods)");
        if (package.Has("xl/workbook.xml")) return "xl/workbook.xml";
        throw document is null ? Rejections.NotAWorkbook("a zip file of other documents") : Rejections.Corrupt();
    }
}
