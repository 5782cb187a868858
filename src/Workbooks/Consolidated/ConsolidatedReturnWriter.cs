using System.Globalization;
using System.Xml;
using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Reconciliation;
using Ukspf.Workbooks.Writing;
using Ukspf.Workbooks.Building;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>
/// Writes the consolidated return fund managers download for a round: Summary, Councils, Priorities,
/// Interventions, Outputs, Outcomes, Exceptions and Submissions. Each worksheet is streamed row by row as
/// default-namespace SpreadsheetML, so Excel, LibreOffice, pandas/openpyxl, SheetJS and exceljs all read it.
/// </summary>
public static class ConsolidatedReturnWriter
{
    private const string Workbook = "xl/workbook.xml";
    private const string Styles = "xl/styles.xml";
    private const string SharedStringsPart = "xl/sharedStrings.xml";
    private const string ContentTypes = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /// <summary>The sheet names, in workbook order.</summary>
    public static IReadOnlyList<string> SheetNames { get; } =
        ["Summary", "Councils", "Priorities", "Interventions", "Outputs", "Outcomes", "Exceptions", "Submissions"];

    /// <summary>Writes the workbook for <paramref name="report"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The reconciled round.</param>
    /// <param name="output">
    /// Receives the .xlsx; written from its current position. It need not seek (an upload): the zip is then written
    /// forward only. If writing fails part way, the stream holds an incomplete workbook.
    /// </param>
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

        if (output.CanSeek && output.Position != 0)
        {
            // A zip's offsets count from the start of its stream, so one that starts part way is assembled apart.
            using var buffer = new MemoryStream();
            WritePackage(report, tables, buffer);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return;
        }

        WritePackage(report, tables, output);
    }

    // Each part is written once, compressed as it goes, with relationship targets already in Excel's relative layout.
    private static void WritePackage(RoundReport report, IWorkbookTable[] tables, Stream output)
    {
        using var package = new PackageWriter(output);
        package.Relate("", Workbook, RelationshipTypes + "officeDocument");
        package.Relate("", CorePropertiesPart.Path, CorePropertiesPart.RelationshipType);
        using (var stream = package.CreatePart(CorePropertiesPart.Path, CorePropertiesPart.ContentType))
        {
            WriteProperties(stream, report);
        }

        var sheetIds = new string[tables.Length];
        for (var i = 0; i < tables.Length; i++)
        {
            sheetIds[i] = package.Relate(Workbook, SheetPart(i), RelationshipTypes + "worksheet");
        }

        package.Relate(Workbook, Styles, RelationshipTypes + "styles");
        package.Relate(Workbook, SharedStringsPart, RelationshipTypes + "sharedStrings");
        using (var stream = package.CreatePart(Workbook, ContentTypes + "sheet.main+xml"))
        {
            WriteWorkbook(stream, tables, sheetIds);
        }

        package.WritePart(Styles, ContentTypes + "styles+xml", ConsolidatedStylesheet.Part);
        var styles = ConsolidatedStylesheet.Styles;
        var strings = new SharedStrings();
        for (var i = 0; i < tables.Length; i++)
        {
            using var stream = package.CreatePart(SheetPart(i), ContentTypes + "worksheet+xml");
            using var writer = new SheetXmlWriter(stream, strings);
            tables[i].Write(writer, styles, selected: i == 0);
        }

        using (var stream = package.CreatePart(SharedStringsPart, ContentTypes + "sharedStrings+xml"))
        {
            strings.WriteTo(stream);
        }

        package.Finish();
    }

    private static string SheetPart(int position) =>
        $"xl/worksheets/sheet{(position + 1).ToString(CultureInfo.InvariantCulture)}.xml";

    private static void WriteProperties(Stream stream, RoundReport report)
    {
        var round = report.Round.Id.ToString();
        CorePropertiesPart.Write(
            stream,
            $"UKSPF consolidated return {round}",
            $"Spend, outputs and outcomes of every council for {round}, as of {report.AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
            "UKSPF Returns",
            report.AsOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
    }

    private static void WriteWorkbook(Stream stream, IWorkbookTable[] tables, string[] sheetIds)
    {
        using var xml = XmlWriter.Create(stream, PartXml.Settings);
        xml.WriteStartDocument(true);
        xml.WriteStartElement("workbook", DefaultNamespaceXmlWriter.SpreadsheetMl);
        xml.WriteAttributeString("xmlns", "r", null, PartXml.Relationships);
        xml.WriteStartElement("bookViews");
        xml.WriteStartElement("workbookView");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sheets");
        for (var i = 0; i < tables.Length; i++)
        {
            xml.WriteStartElement("sheet");
            xml.WriteAttributeString("name", tables[i].Name);
            xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("id", PartXml.Relationships, sheetIds[i]);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("definedNames");
        for (var i = 0; i < tables.Length; i++) WriteFilterName(xml, tables[i], i);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    // Excel records each autofilter's range as a hidden name local to its sheet.
    private static void WriteFilterName(XmlWriter xml, IWorkbookTable table, int position)
    {
        var parts = table.Range.Split(':');
        xml.WriteStartElement("definedName");
        xml.WriteAttributeString("name", "_xlnm._FilterDatabase");
        xml.WriteAttributeString("localSheetId", position.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("hidden", "1");
        xml.WriteString($"'{table.Name}'!{string.Join(':', parts.Select(Absolute))}");
        xml.WriteEndElement();
    }

    private static string Absolute(string cell)
    {
        var digits = cell.IndexOfAny("0123456789".ToCharArray());
        return $"${cell[..digits]}${cell[digits..]}";
    }
}
