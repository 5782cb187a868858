using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>Reads the Outputs or the Outcomes table.</summary>
internal static class IndicatorRows
{
    public static IReadOnlyList<IndicatorLine> Read(TemplateTable template, RawTable table, CellReader read, ParseLog log)
    {
        var rows = TableRows.Open(template, table, log);
        var referenceColumn = rows.Column("ProjectRef");
        var indicatorColumn = rows.Column("Indicator");
        var unitColumn = rows.Column("Unit");
        var actualColumn = rows.Column("CumulativeActual");
        var forecastColumn = rows.Column("Forecast");
        var targetColumn = rows.Column("Target");
        var commentColumn = rows.Column("Comment");
        var correctionColumn = rows.Column("CorrectionReason");

        var lines = new List<IndicatorLine>(table.Rows.Count);
        foreach (var raw in table.Rows)
        {
            if (!rows.TryRow(raw, out var row)) continue;
            var reference = read.Text(row.Cell(referenceColumn));
            var indicator = read.Choice(row.Cell(indicatorColumn));
            var unit = read.Choice(row.Cell(unitColumn));
            var actual = read.Number(row.Cell(actualColumn));
            var forecast = read.Number(row.Cell(forecastColumn));
            var target = read.Number(row.Cell(targetColumn));
            var comment = read.Text(row.Cell(commentColumn));
            var correction = read.Text(row.Cell(correctionColumn));
            if (reference is null || indicator is null || unit is null || actual is null) continue;

            lines.Add(new IndicatorLine(reference, indicator, unit, actual.Value, forecast, target, comment, correction, row.Source));
        }
        return lines;
    }
}
