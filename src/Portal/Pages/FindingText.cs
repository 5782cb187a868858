namespace Ukspf.Portal.Pages;

/// <summary>How pages count findings in words.</summary>
public static class FindingText
{
    /// <summary>"2 errors, 1 warning", "1 error", "no problems".</summary>
    public static string Counts(int errors, int warnings)
    {
        var parts = new List<string>();
        if (errors > 0) parts.Add(errors == 1 ? "1 error" : $"{errors} errors");
        if (warnings > 0) parts.Add(warnings == 1 ? "1 warning" : $"{warnings} warnings");
        return parts.Count == 0 ? "no problems" : string.Join(", ", parts);
    }
}
