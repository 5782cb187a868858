using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>Reads the Spend table.</summary>
internal static class SpendRows
{
    public static IReadOnlyList<SpendLine> Read(RawTable table, CellReader read, ParseLog log)
    {
        var lines = new List<SpendLine>();
        foreach (var row in TableRows.Read(TemplateSchema.Spend, table, log))
        {
            var reference = read.Text(row.Cell("ProjectRef"));
            var quarter = read.Choice(row.Cell("Quarter"));
            // An unreadable amount counts as nothing, as Excel's own totals treat it; the finding says so.
            var capitalActual = read.Money(row.Cell("CapitalActual")) ?? 0;
            var revenueActual = read.Money(row.Cell("RevenueActual")) ?? 0;
            var capitalForecast = read.Money(row.Cell("CapitalForecast")) ?? 0;
            var revenueForecast = read.Money(row.Cell("RevenueForecast")) ?? 0;
            var comment = read.Text(row.Cell("Comment"));
            var correction = read.Text(row.Cell("CorrectionReason"));
            if (reference is null || quarter is null) continue;

            lines.Add(new SpendLine(Normalise(reference), RoundId.Parse(quarter), capitalActual, revenueActual,
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
