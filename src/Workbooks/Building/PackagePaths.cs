namespace Ukspf.Workbooks.Building;

/// <summary>Paths of parts inside a package, as relationship targets need them.</summary>
internal static class PackagePaths
{
    /// <summary>
    /// <paramref name="target"/> as a path relative to <paramref name="folder"/>, the way Excel writes relationship
    /// targets: "xl/worksheets/sheet1.xml" from "xl/" is "worksheets/sheet1.xml"; from "xl/worksheets/",
    /// "xl/styles.xml" is "../styles.xml". A leading "/" on either is ignored.
    /// </summary>
    public static string Relative(string folder, string target)
    {
        var from = folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = target.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        return string.Join('/', Enumerable.Repeat("..", from.Length - common).Concat(to[common..]));
    }
}
