using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Metrics;

/// <summary>Capital and revenue actual to date and forecast still to come, without allocation.</summary>
/// <param name="Capital">Capital figures (allocation 0).</param>
/// <param name="Revenue">Revenue figures (allocation 0).</param>
internal sealed record ProjectSpend(SpendFigures Capital, SpendFigures Revenue)
{
    public static ProjectSpend None { get; } = new(SpendFigures.Zero, SpendFigures.Zero);

    public decimal Actual => Capital.Actual + Revenue.Actual;

    public decimal ForecastOutturn => Capital.ForecastOutturn + Revenue.ForecastOutturn;

    /// <summary>A line's actual always counts; its forecast counts only for quarters after the round ends.</summary>
    public static ProjectSpend Of(SpendLine line, RoundId round)
    {
        var ahead = line.Quarter.Start > round.End;
        return new ProjectSpend(
            new SpendFigures(0m, line.CapitalActual, ahead ? line.CapitalForecast : 0m),
            new SpendFigures(0m, line.RevenueActual, ahead ? line.RevenueForecast : 0m));
    }

    public static ProjectSpend operator +(ProjectSpend a, ProjectSpend b) => new(a.Capital + b.Capital, a.Revenue + b.Revenue);
}
