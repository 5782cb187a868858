using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;
using Ukspf.Workbooks.Filling;

namespace Ukspf.Cli.Demo;

/// <summary>The demo's cast: most councils return correctly; some make the mistakes real councils make, one of each rule family.</summary>
public static class DemoScenarios
{
    /// <summary>A council that returns correctly, on time.</summary>
    public static DemoScenario Valid { get; } = new("valid");

    /// <summary>The scenarios given to the first councils in name order; the rest are <see cref="Valid"/>.</summary>
    public static IReadOnlyList<DemoScenario> Special { get; } =
    [
        new("money typed as text (accepted with a warning)", Edits: c => [TextIn(c, "ForecastUnderspendRevenue", m => $"£{m:N2}")]),
        new("'TBC' in a number cell", Edits: c => [TextIn(c, TemplateSchema.Outputs, 0, "CumulativeActual", _ => "TBC")]),
        new("intervention that does not exist", Change: r => r with { Projects = [r.Projects[0] with { InterventionCode = "E99" }, .. r.Projects.Skip(1)] }),
        new("unit does not match the indicator", Change: r => r with { Outputs = [r.Outputs[0] with { Unit = "FTE" }, .. r.Outputs.Skip(1)] }),
        new("spend over allocation", Change: r => Scale(r, 2.5m)),
        new("total overtyped", Edits: c => [NumberIn(c, "TotalRevenueActual", 1234.56m)]),
        new("actual spend in a future quarter", Change: r => r with { Spend = r.Spend.Select(s => s.Quarter.Number == 4 && !s.IsManagementAndAdministration ? s with { RevenueActual = s.RevenueForecast, RevenueForecast = 0m } : s).ToList() }),
        new("forecast underspend left blank", Change: r => r with { Programme = r.Programme with { ForecastUnderspendCapital = null, ForecastUnderspendRevenue = null } }),
        new("outputs far above target (warning)", Change: r => r with { Outputs = [r.Outputs[0] with { CumulativeActual = (r.Outputs[0].Target ?? 10m) * 2m, Forecast = (r.Outputs[0].Target ?? 10m) * 2m }, .. r.Outputs.Skip(1)] }),
        new("corrupt file", Upload: DemoUpload.Corrupt),
        new("return uploaded into another council's folder", Upload: DemoUpload.WrongCouncil),
        new("corrected resubmission", Upload: DemoUpload.Resubmitted),
        new("resubmission lowers figures without a reason", Upload: DemoUpload.ResubmittedLower),
        new("late return", Upload: DemoUpload.Late),
        new("no return", Upload: DemoUpload.Missing),
    ];

    /// <summary>Every spend figure multiplied by <paramref name="factor"/>, totals kept consistent.</summary>
    public static CouncilReturn Scale(CouncilReturn r, decimal factor)
    {
        var spend = r.Spend.Select(s => s.IsManagementAndAdministration ? s : s with
        {
            CapitalActual = Math.Round(s.CapitalActual * factor, 2),
            RevenueActual = Math.Round(s.RevenueActual * factor, 2),
            CapitalForecast = Math.Round(s.CapitalForecast * factor, 2),
            RevenueForecast = Math.Round(s.RevenueForecast * factor, 2),
        }).ToList();
        return r with
        {
            Spend = spend,
            Totals = DeclaredTotals.Of(spend),
            Programme = r.Programme with { ForecastUnderspendCapital = 0m, ForecastUnderspendRevenue = 0m },
        };
    }

    private static CellEdit TextIn(WorkbookContent content, TemplateTable table, int row, string column, Func<decimal, string> text) =>
        TypedAsText(content.Tables[table.Name].Rows[row].Cells[column], text);

    private static CellEdit TextIn(WorkbookContent content, string field, Func<decimal, string> text) => TypedAsText(content.Fields[field], text);

    private static CellEdit TypedAsText(RawCell raw, Func<decimal, string> text)
    {
        var value = decimal.Parse(raw.Text, System.Globalization.CultureInfo.InvariantCulture);
        return new CellEdit(raw.Sheet, raw.Address, text(value));
    }

    private static CellEdit NumberIn(WorkbookContent content, string field, decimal value)
    {
        var raw = content.Fields[field];
        return new CellEdit(raw.Sheet, raw.Address, value.ToString(System.Globalization.CultureInfo.InvariantCulture), AsNumber: true);
    }
}
