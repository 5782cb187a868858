using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>Reads the Outputs or the Outcomes table.</summary>
internal static class IndicatorRows
{
    public static IReadOnlyList<IndicatorLine> Read(TemplateTable template, RawTable table, CellReader read, ParseLog log)
    {
        var lines = new List<IndicatorLine>();
        foreach (var row in TableRows.Read(template, table, log))
        {
            var reference = read.Text(row.Cell("ProjectRef"));
            var indicator = read.Choice(row.Cell("Indicator"));
            var unit = read.Choice(row.Cell("Unit"));
            var actual = read.Number(row.Cell("CumulativeActual"));
            var forecast = read.Number(row.Cell("Forecast"));
            var target = read.Number(row.Cell("Target"));
            var comment = read.Text(row.Cell("Comment"));
            var correction = read.Text(row.Cell("CorrectionReason"));
            if (reference is null || indicator is null || unit is null || actual is null) continue;

            lines.Add(new IndicatorLine(reference, indicator, unit, actual.Value, forecast, target, comment, correction, row.Source));
        }
        return lines;
    }
}
