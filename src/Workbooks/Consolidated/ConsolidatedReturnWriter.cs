using System.Globalization;
using ClosedXML.Excel;
using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Reconciliation;
using Ukspf.Workbooks.Building;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>
/// Writes the consolidated return fund managers download for a round: Summary, Councils, Priorities,
/// Interventions, Outputs, Outcomes, Exceptions and Submissions, each a table under a frozen, filtered header that
/// prints landscape, one page wide, the header on every page. Built with ClosedXML and saved in Excel's own layout,
/// so Excel, LibreOffice, pandas/openpyxl, SheetJS and exceljs all read it.
/// </summary>
public static class ConsolidatedReturnWriter
{
    /// <summary>The sheet names, in workbook order.</summary>
    public static IReadOnlyList<string> SheetNames { get; } =
        ["Summary", "Councils", "Priorities", "Interventions", "Outputs", "Outcomes", "Exceptions", "Submissions"];

    /// <summary>Writes the workbook for <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The reconciled round.</param>
    /// <param name="output">
    /// Receives the .xlsx, from its current position; it need not seek (an upload). The same report gives the same
    /// bytes. If writing fails part way, the stream holds an incomplete workbook.
    /// </param>
    public static void Write(RoundReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var council in report.Councils) names.TryAdd(council.LlaCode, council.Name);
        IPublishedSheet[] sheets =
        [
            SummarySheet.For(report),
            CouncilsSheet.For(report),
            PrioritiesSheet.For(report),
            InterventionsSheet.For(report),
            IndicatorsSheet.For(report, IndicatorKind.Output),
            IndicatorsSheet.For(report, IndicatorKind.Outcome),
            ExceptionsSheet.For(report, names),
            SubmissionsSheet.For(report, names),
        ];

        using var workbook = new XLWorkbook();
        foreach (var sheet in sheets) sheet.AddTo(workbook);
        workbook.Worksheet(1).SetTabActive();
        var round = report.Round.Id.ToString();
        workbook.Properties.Title = $"UKSPF consolidated return {round}";
        workbook.Properties.Subject = $"Spend, outputs and outcomes of every council for {round}, as of {report.AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        workbook.Properties.Author = "UKSPF Returns";
        WorkbookFile.Save(workbook, output, report.AsOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
    }
}
