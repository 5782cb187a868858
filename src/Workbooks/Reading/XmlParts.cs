using System.Xml;

namespace Ukspf.Workbooks.Reading;

/// <summary>Forward-only XML readers over package parts, hardened against hostile markup (no DTDs, no external entities).</summary>
internal static class XmlParts
{
    /// <summary>A reader over <paramref name="part"/> that closes it when disposed.</summary>
    public static XmlReader Open(Stream part, XmlNameTable names) => XmlReader.Create(part, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
        NameTable = names,
    });

    /// <summary>Resolves a relationship target against the folder of the part that holds it ("xl/").</summary>
    public static string Resolve(string sourceFolder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : sourceFolder + target;
        if (!path.Contains("./", StringComparison.Ordinal)) return path;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (segment is not ("." or "")) parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
