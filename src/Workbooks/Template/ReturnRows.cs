using Ukspf.Domain.Returns;
using Ukspf.Domain.Template;

namespace Ukspf.Workbooks.Template;

/// <summary>A return as the cells of the template: one dictionary of column key to value per table row, and the fields.</summary>
internal static class ReturnRows
{
    /// <summary>The Projects rows.</summary>
    public static IEnumerable<Dictionary<string, FillValue>> Projects(CouncilReturn ret) => ret.Projects.Select(p => new Dictionary<string, FillValue>
    {
        ["ProjectRef"] = FillValue.Text(p.Ref),
        ["ProjectName"] = FillValue.Text(p.Name),
        ["Intervention"] = FillValue.Text(p.InterventionCode),
        ["Status"] = FillValue.Text(TemplateSchema.StatusLabels[(int)p.Status]),
        ["ClosedReason"] = FillValue.Text(p.ClosedReason),
        ["StartDate"] = FillValue.Date(p.StartDate),
        ["EndDate"] = FillValue.Date(p.EndDate),
        ["DeliveryOrganisation"] = FillValue.Text(p.DeliveryOrganisation),
        ["Area"] = FillValue.Text(p.Area),
        ["OrganisationNumber"] = FillValue.Text(p.OrganisationNumber),
    });

    /// <summary>The Spend rows.</summary>
    public static IEnumerable<Dictionary<string, FillValue>> Spend(CouncilReturn ret) => ret.Spend.Select(Spend);

    /// <summary>One Spend row.</summary>
    public static Dictionary<string, FillValue> Spend(SpendLine s) => new()
    {
        ["ProjectRef"] = FillValue.Text(s.ProjectRef),
        ["Quarter"] = FillValue.Text(s.Quarter.ToString()),
        ["CapitalActual"] = FillValue.Number(s.CapitalActual),
        ["RevenueActual"] = FillValue.Number(s.RevenueActual),
        ["CapitalForecast"] = FillValue.Number(s.CapitalForecast),
        ["RevenueForecast"] = FillValue.Number(s.RevenueForecast),
        ["Comment"] = FillValue.Text(s.Comment),
        ["CorrectionReason"] = FillValue.Text(s.CorrectionReason),
    };

    /// <summary>The Outputs or Outcomes rows; <paramref name="indicatorLabel"/> turns a code into its drop-down text.</summary>
    public static IEnumerable<Dictionary<string, FillValue>> Indicators(IEnumerable<IndicatorLine> lines, Func<string, string> indicatorLabel) =>
        lines.Select(l => new Dictionary<string, FillValue>
        {
            ["ProjectRef"] = FillValue.Text(l.ProjectRef),
            ["Indicator"] = FillValue.Text(indicatorLabel(l.IndicatorCode)),
            ["Unit"] = FillValue.Text(l.Unit),
            ["CumulativeActual"] = FillValue.Number(l.CumulativeActual),
            ["Forecast"] = FillValue.Number(l.Forecast),
            ["Target"] = FillValue.Number(l.Target),
            ["Comment"] = FillValue.Text(l.Comment),
            ["CorrectionReason"] = FillValue.Text(l.CorrectionReason),
        });

    /// <summary>The single answers, by field key.</summary>
    public static Dictionary<string, FillValue> Fields(CouncilReturn ret) => new()
    {
        ["ProgressRag"] = FillValue.Text(ret.Programme.ProgressRag is { } p ? TemplateSchema.RagLabels[(int)p] : null),
        ["TrendRag"] = FillValue.Text(ret.Programme.TrendRag is { } t ? TemplateSchema.RagLabels[(int)t] : null),
        ["Narrative"] = FillValue.Text(ret.Programme.Narrative),
        ["ForwardLook"] = FillValue.Text(ret.Programme.ForwardLook),
        ["ForecastUnderspendCapital"] = FillValue.Number(ret.Programme.ForecastUnderspendCapital),
        ["ForecastUnderspendRevenue"] = FillValue.Number(ret.Programme.ForecastUnderspendRevenue),
        ["ReprofileAmount"] = FillValue.Number(ret.Programme.ReprofileAmount),
        ["SignOffName"] = FillValue.Text(ret.SignOff.Name),
        ["SignOffRole"] = FillValue.Text(ret.SignOff.Role),
        ["SignOffDate"] = FillValue.Date(ret.SignOff.Date),
    };
}
