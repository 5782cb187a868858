using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Template;

namespace Ukspf.Workbooks.Template;

/// <summary>The values of each drop-down list for one council and round, in the order the Lists sheet holds them.</summary>
internal static class TemplateLists
{
    /// <summary>Separates an indicator's code from its title in the drop-down ("CP-O05 - Amount of public realm...").</summary>
    public const string IndicatorSeparator = " - ";

    /// <summary>List name and values, in Lists sheet column order.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<string> Values)> For(TemplateRequest request)
    {
        var year = request.Round.Id.Year;
        var indicators = request.Catalogue.IndicatorsFor(year).ToList();
        return
        [
            (TemplateSchema.Lists.Interventions, request.Catalogue.InterventionsFor(request.Council.Nation, year).Select(i => i.Code).ToList()),
            (TemplateSchema.Lists.Statuses, TemplateSchema.StatusLabels),
            (TemplateSchema.Lists.Quarters, Enumerable.Range(1, 4).Select(q => new RoundId(year, PeriodKind.Quarter, q).ToString()).ToList()),
            (TemplateSchema.Lists.Units, Enum.GetValues<IndicatorUnit>().Select(Catalogue.LabelOf).ToList()),
            (TemplateSchema.Lists.Rag, TemplateSchema.RagLabels),
            (TemplateSchema.Lists.OutputIndicators, indicators.Where(i => i.Kind == IndicatorKind.Output).Select(Label).ToList()),
            (TemplateSchema.Lists.OutcomeIndicators, indicators.Where(i => i.Kind == IndicatorKind.Outcome).Select(Label).ToList()),
        ];
    }

    /// <summary>"CODE - Title", as the indicator drop-downs show an indicator.</summary>
    public static string Label(Indicator indicator) => indicator.Code + IndicatorSeparator + indicator.Title;
}
