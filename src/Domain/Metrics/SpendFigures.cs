using Ukspf.Domain.Returns;

namespace Ukspf.Domain.Metrics;

/// <summary>Allocation, actual to date and remaining forecast for some slice of spend, and what follows from them.</summary>
/// <param name="Allocation">Pounds allocated.</param>
/// <param name="Actual">Cumulative actual spend to date.</param>
/// <param name="RemainingForecast">Forecast spend for the rest of the year.</param>
public sealed record SpendFigures(decimal Allocation, decimal Actual, decimal RemainingForecast)
{
    /// <summary>No allocation, no spend.</summary>
    public static SpendFigures Zero { get; } = new(0m, 0m, 0m);

    /// <summary>Actual to date plus remaining forecast.</summary>
    public decimal ForecastOutturn => Actual + RemainingForecast;

    /// <summary>Allocation minus forecast outturn: positive means money at risk of being lost.</summary>
    public decimal UnderspendRisk => Allocation - ForecastOutturn;

    /// <summary>Actual / allocation; 0 when nothing is allocated.</summary>
    public decimal SpendRate => Saturating.Divide(Actual, Allocation);

    /// <summary>Forecast outturn / allocation; 0 when nothing is allocated.</summary>
    public decimal OutturnRate => Saturating.Divide(ForecastOutturn, Allocation);

    /// <summary>The sum of two slices.</summary>
    public static SpendFigures operator +(SpendFigures a, SpendFigures b) =>
        new(a.Allocation + b.Allocation, a.Actual + b.Actual, a.RemainingForecast + b.RemainingForecast);
}
