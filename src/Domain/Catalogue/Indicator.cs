using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Catalogue;

/// <summary>An output or outcome indicator.</summary>
/// <param name="Code">Stable code of this project, e.g. "CP-O05".</param>
/// <param name="Priority">The investment priority it belongs to.</param>
/// <param name="Kind">Output or outcome.</param>
/// <param name="Title">The indicator as councils know it.</param>
/// <param name="Unit">The unit, which decides whether it can be summed.</param>
/// <param name="UnitLabel">The unit as written in guidance, e.g. "number of enterprises".</param>
/// <param name="Interventions">The intervention numbers (without nation prefix) it may be reported under; empty means any intervention of its priority.</param>
/// <param name="Cumulative">Reported as a cumulative figure to date, so it must never go down.</param>
/// <param name="FirstYear">First financial year it may be used.</param>
/// <param name="LastYear">Last financial year it may be used.</param>
public sealed record Indicator(
    string Code,
    InvestmentPriority Priority,
    IndicatorKind Kind,
    string Title,
    IndicatorUnit Unit,
    string UnitLabel,
    IReadOnlySet<int> Interventions,
    bool Cumulative,
    FinancialYear FirstYear,
    FinancialYear LastYear)
{
    /// <summary>Percentages and perception measures cannot be added across projects or councils.</summary>
    public bool Summable => Unit != IndicatorUnit.Percent;

    /// <summary>Whether the indicator may be reported under an intervention.</summary>
    public bool AllowedFor(Intervention intervention) =>
        intervention.Priority == Priority
            ? Interventions.Count == 0 || Interventions.Contains(Catalogue.InterventionNumber(intervention.Code))
            : Interventions.Contains(Catalogue.InterventionNumber(intervention.Code));

    /// <summary>Whether the indicator may be used in <paramref name="year"/>.</summary>
    public bool AppliesIn(FinancialYear year) => year >= FirstYear && year <= LastYear;
}
