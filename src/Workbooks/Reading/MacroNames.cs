using System.Xml;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// Defined names that run or are macros: Excel runs a macro named Auto_Open (or any name that begins so, with or
/// without the "_xlnm." prefix) when the workbook opens, Auto_Close when it closes, and the Activate pair when a
/// window changes; names flagged xlm, function or vbProcedure are themselves macros.
/// </summary>
internal static class MacroNames
{
    private static readonly string[] AutoRun = ["Auto_Open", "Auto_Close", "Auto_Activate", "Auto_Deactivate"];
    private static readonly string[] MacroFlags = ["xlm", "function", "vbProcedure"];

    /// <summary>True when the definedName element <paramref name="reader"/> is on, called <paramref name="name"/>, runs or is a macro.</summary>
    public static bool RunsAMacro(string? name, XmlReader reader)
    {
        if (name is not null)
        {
            var bare = name.StartsWith("_xlnm.", StringComparison.OrdinalIgnoreCase) ? name[6..] : name;
            foreach (var prefix in AutoRun)
            {
                if (bare.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        foreach (var flag in MacroFlags)
        {
            if (reader.GetAttribute(flag) is "1" or "true") return true;
        }
        return false;
    }
}
