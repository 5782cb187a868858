using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Ukspf.Workbooks.Tests.Writing;

/// <summary>Checks on a written .xlsx as a package: schema validity and the raw XML of its parts.</summary>
public static class PackageChecks
{
    /// <summary>Every Open XML validator error, as "part path: description".</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        return new OpenXmlValidator()
            .Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    /// <summary>The text of every XML part, by its path in the zip.</summary>
    public static IReadOnlyDictionary<string, string> XmlParts(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            parts[entry.FullName] = reader.ReadToEnd();
        }

        return parts;
    }

    /// <summary>Internal relationship targets written as absolute paths ("/xl/..."), which exceljs cannot resolve.</summary>
    public static IReadOnlyList<string> AbsoluteRelationshipTargets(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var absolute = new List<string>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            var rels = System.Xml.Linq.XDocument.Load(stream);
            absolute.AddRange(rels.Root!.Elements()
                .Where(r => (string?)r.Attribute("TargetMode") != "External" && ((string?)r.Attribute("Target"))?.StartsWith('/') == true)
                .Select(r => $"{entry.FullName}: {(string?)r.Attribute("Target")}"));
        }

        return absolute;
    }

    /// <summary>SpreadsheetML parts that use a prefix for the main namespace, which exceljs cannot read.</summary>
    public static IReadOnlyList<string> PrefixedSpreadsheetParts(byte[] xlsx) =>
        XmlParts(xlsx)
            .Where(p => p.Value.Contains("<x:", StringComparison.Ordinal) ||
                        p.Value.Contains("xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", StringComparison.Ordinal))
            .Select(p => p.Key)
            .ToList();
}
