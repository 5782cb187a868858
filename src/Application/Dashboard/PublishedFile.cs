namespace Ukspf.Application.Dashboard;

/// <summary>The files a round's reconciliation publishes that fund managers download.</summary>
public enum PublishedFile
{
    /// <summary>The latest consolidated workbook: published/{round}/ukspf-consolidated-{round}.xlsx.</summary>
    Consolidated,

    /// <summary>The round's projects as 360Giving grants, flat CSV: published/{round}/ukspf-grants-{round}.csv.</summary>
    GrantsCsv,

    /// <summary>The same grants as a 360Giving JSON package: published/{round}/ukspf-grants-{round}.json.</summary>
    GrantsJson,
}
