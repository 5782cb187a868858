namespace Ukspf.Workbooks.Reading;

/// <summary>
/// What an entry name in an upload's zip may be: a relative path of forward-slash segments, as every part name of
/// an Open XML package is. A name that climbs out ("../"), starts at a root ("/x") or a drive ("C:"), uses
/// backslashes or holds control characters is one no spreadsheet program writes, and a tool that unpacks it may
/// write outside its folder.
/// </summary>
internal static class ZipEntryNames
{
    /// <summary>What is wrong with <paramref name="name"/>, or null when it is a plain relative path.</summary>
    public static string? Fault(string name)
    {
        if (name.StartsWith('/')) return "starts at the root";
        if (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0])) return "starts with a drive letter";
        foreach (var c in name)
        {
            if (c == '\\') return "uses backslashes";
            if (char.IsControl(c)) return "holds a control character";
        }
        foreach (var segment in name.Split('/'))
        {
            if (segment is "." or "..") return "has a '.' or '..' segment";
        }
        return null;
    }
}
