using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Metrics;

/// <summary>
/// Capital and revenue actual to date and forecast still to come, without allocation. A value, so summing a
/// return's lines makes no object per line.
/// </summary>
/// <param name="CapitalActual">Capital actual to date.</param>
/// <param name="CapitalForecast">Capital forecast for quarters after the round.</param>
/// <param name="RevenueActual">Revenue actual to date.</param>
/// <param name="RevenueForecast">Revenue forecast for quarters after the round.</param>
internal readonly record struct ProjectSpend(decimal CapitalActual, decimal CapitalForecast, decimal RevenueActual, decimal RevenueForecast)
{
    public static ProjectSpend None => default;

    public decimal Actual => CapitalActual + RevenueActual;

    public decimal ForecastOutturn => (CapitalActual + CapitalForecast) + (RevenueActual + RevenueForecast);

    /// <summary>A line's actual always counts; its forecast counts only for quarters after the round ends.</summary>
    public static ProjectSpend Of(SpendLine line, RoundId round)
    {
        var ahead = line.Quarter.Start > round.End;
        return new ProjectSpend(line.CapitalActual, ahead ? line.CapitalForecast : 0m, line.RevenueActual, ahead ? line.RevenueForecast : 0m);
    }

    public static ProjectSpend operator +(ProjectSpend a, ProjectSpend b) => new(
        a.CapitalActual + b.CapitalActual, a.CapitalForecast + b.CapitalForecast,
        a.RevenueActual + b.RevenueActual, a.RevenueForecast + b.RevenueForecast);
}
