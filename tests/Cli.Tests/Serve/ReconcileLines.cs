using System.Text.RegularExpressions;

namespace Ukspf.Cli.Tests.Serve;

/// <summary>Reads serve's reconciliation lines: "Reconciled {round} (occurrence {utc}[, past due]): ...".</summary>
internal static partial class ReconcileLines
{
    public static bool IsReconciled(string line) => Pattern().IsMatch(line);

    /// <summary>The occurrence a line ran for, with ", past due" when it was.</summary>
    public static string Occurrence(string line) => Pattern().Match(line).Groups["occurrence"].Value;

    public static string Utc(DateTime local) => local.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Reconciled (?<round>\S+) \(occurrence (?<occurrence>[^)]+)\)")]
    private static partial Regex Pattern();
}
