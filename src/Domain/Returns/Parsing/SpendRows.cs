using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>Reads the Spend table.</summary>
internal static class SpendRows
{
    public static IReadOnlyList<SpendLine> Read(RawTable table, CellReader read, ParseLog log)
    {
        var rows = TableRows.Open(TemplateSchema.Spend, table, log);
        var referenceColumn = rows.Column("ProjectRef");
        var quarterColumn = rows.Column("Quarter");
        var capitalActualColumn = rows.Column("CapitalActual");
        var revenueActualColumn = rows.Column("RevenueActual");
        var capitalForecastColumn = rows.Column("CapitalForecast");
        var revenueForecastColumn = rows.Column("RevenueForecast");
        var commentColumn = rows.Column("Comment");
        var correctionColumn = rows.Column("CorrectionReason");

        var lines = new List<SpendLine>(table.Rows.Count);
        foreach (var raw in table.Rows)
        {
            if (!rows.TryRow(raw, out var row)) continue;
            var reference = read.Text(row.Cell(referenceColumn));
            var quarter = read.Quarter(row.Cell(quarterColumn));
            // An unreadable amount counts as nothing, as Excel's own totals treat it; the finding says so.
            var capitalActual = read.Money(row.Cell(capitalActualColumn)) ?? 0;
            var revenueActual = read.Money(row.Cell(revenueActualColumn)) ?? 0;
            var capitalForecast = read.Money(row.Cell(capitalForecastColumn)) ?? 0;
            var revenueForecast = read.Money(row.Cell(revenueForecastColumn)) ?? 0;
            var comment = read.Text(row.Cell(commentColumn));
            var correction = read.Text(row.Cell(correctionColumn));
            if (reference is null || quarter is null) continue;

            lines.Add(new SpendLine(Normalise(reference), quarter.Value, capitalActual, revenueActual,
                capitalForecast, revenueForecast, comment, correction, row.Source));
        }
        return lines;
    }

    /// <summary>"m&amp;a" and "M &amp; A" are the management and administration line.</summary>
    private static string Normalise(string reference) =>
        string.Equals(reference.Replace(" ", ""), SpendLine.ManagementAndAdministration, StringComparison.OrdinalIgnoreCase)
            ? SpendLine.ManagementAndAdministration
            : reference;
}
