using Ukspf.Domain.Catalogue;

namespace Ukspf.Domain.Metrics;

/// <summary>
/// One indicator across the programme. Totals, delivery and cost per unit are given only where the unit can be
/// summed (never for percentages or perception measures).
/// </summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">Output or outcome.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Actual">Cumulative actual summed over projects, or null when not summable.</param>
/// <param name="Target">Target summed over projects, or null when not summable.</param>
/// <param name="Delivery">Actual / target, or null.</param>
/// <param name="OnTrack">Delivery at least time elapsed minus the tolerance, or null.</param>
/// <param name="CostPerUnit">Spend of the projects reporting it / actual, for counts only, or null.</param>
/// <param name="Councils">Councils reporting it.</param>
/// <param name="Lines">Project lines reporting it.</param>
public sealed record IndicatorMetrics(
    string Code,
    string Title,
    IndicatorKind Kind,
    IndicatorUnit Unit,
    decimal? Actual,
    decimal? Target,
    decimal? Delivery,
    bool? OnTrack,
    decimal? CostPerUnit,
    int Councils,
    int Lines);
