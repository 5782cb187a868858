using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Reconciliation;
using Ukspf.Workbooks.Writing;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>
/// Writes the consolidated return fund managers download for a round: Summary, Councils, Priorities,
/// Interventions, Outputs, Outcomes, Exceptions and Submissions. Each worksheet is streamed row by row as
/// default-namespace SpreadsheetML, so Excel, LibreOffice, pandas/openpyxl, SheetJS and exceljs all read it.
/// </summary>
public static class ConsolidatedReturnWriter
{
    /// <summary>The sheet names, in workbook order.</summary>
    public static IReadOnlyList<string> SheetNames { get; } =
        ["Summary", "Councils", "Priorities", "Interventions", "Outputs", "Outcomes", "Exceptions", "Submissions"];

    /// <summary>Writes the workbook for <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The reconciled round.</param>
    /// <param name="output">Receives the .xlsx; written from its current position.</param>
    public static void Write(RoundReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var council in report.Councils) names.TryAdd(council.LlaCode, council.Name);
        IWorkbookTable[] tables =
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

        // The package is assembled in memory: a zip needs to seek, and many output streams (uploads) cannot.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook, autoSave: false))
        {
            SetProperties(document, report);
            var workbookPart = document.AddWorkbookPart();
            var styles = ConsolidatedStyles.Create();
            PartXml.Save(workbookPart.AddNewPart<WorkbookStylesPart>(), styles.Stylesheet);

            var strings = new SharedStrings();
            var sheets = new Sheets();
            var filters = new DefinedNames();
            for (var i = 0; i < tables.Length; i++)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                using (var stream = part.GetStream(FileMode.Create, FileAccess.Write))
                using (var writer = new SheetXmlWriter(stream, strings))
                {
                    tables[i].Write(writer, styles, selected: i == 0);
                }

                sheets.Append(new Sheet { Name = tables[i].Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
                filters.Append(FilterName(tables[i], i));
            }

            using (var stream = workbookPart.AddNewPart<SharedStringTablePart>().GetStream(FileMode.Create, FileAccess.Write))
            {
                strings.WriteTo(stream);
            }

            var workbook = new Workbook(new BookViews(new WorkbookView()), sheets, filters);
            workbook.AddNamespaceDeclaration("r", PartXml.Relationships);
            PartXml.Save(workbookPart, workbook);
        }

        ExcelPackageLayout.Apply(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void SetProperties(SpreadsheetDocument document, RoundReport report)
    {
        var round = report.Round.Id.ToString();
        CoreProperties.Write(
            document,
            $"UKSPF consolidated return {round}",
            $"Spend, outputs and outcomes of every council for {round}, as of {report.AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
            "UKSPF Returns",
            report.AsOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
    }

    // Excel records each autofilter's range as a hidden name local to its sheet.
    private static DefinedName FilterName(IWorkbookTable table, int position)
    {
        var parts = table.Range.Split(':');
        var absolute = string.Join(':', parts.Select(Absolute));
        return new DefinedName($"'{table.Name}'!{absolute}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = (uint)position,
            Hidden = true,
        };
    }

    private static string Absolute(string cell)
    {
        var digits = cell.IndexOfAny("0123456789".ToCharArray());
        return $"${cell[..digits]}${cell[digits..]}";
    }
}
