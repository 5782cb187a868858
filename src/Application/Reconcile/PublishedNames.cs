using System.Globalization;
using Ukspf.Domain.Rounds;

namespace Ukspf.Application.Reconcile;

/// <summary>Where a reconciliation publishes a round's files within the published container; the one place that names them.</summary>
public static class PublishedNames
{
    /// <summary>The consolidated workbook under its stable "latest" name, replaced by every run.</summary>
    public static string LatestWorkbook(RoundId round) => $"{round}/ukspf-consolidated-{round}.xlsx";

    /// <summary>The consolidated workbook of one run, kept under the run's UTC time to the second.</summary>
    public static string DatedWorkbook(RoundId round, DateTimeOffset at) =>
        $"{round}/ukspf-consolidated-{round}-{at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}.xlsx";

    /// <summary>The round's 360Giving grants as a flat CSV.</summary>
    public static string GrantsCsv(RoundId round) => $"{round}/ukspf-grants-{round}.csv";

    /// <summary>The same grants as a 360Giving JSON package.</summary>
    public static string GrantsJson(RoundId round) => $"{round}/ukspf-grants-{round}.json";
}
