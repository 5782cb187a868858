using Ukspf.Domain.Returns;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>Compares returns by what they say, ignoring where in a workbook each value was read from.</summary>
internal static class ReturnAssert
{
    public static void SameFigures(CouncilReturn expected, CouncilReturn actual)
    {
        Assert.Equal(expected.Metadata, actual.Metadata);
        Assert.Equal(expected.Projects.Select(p => p with { Source = null }), actual.Projects.Select(p => p with { Source = null }));
        Assert.Equal(expected.Spend.Select(s => s with { Source = null }), actual.Spend.Select(s => s with { Source = null }));
        Assert.Equal(expected.Outputs.Select(o => o with { Source = null }), actual.Outputs.Select(o => o with { Source = null }));
        Assert.Equal(expected.Outcomes.Select(o => o with { Source = null }), actual.Outcomes.Select(o => o with { Source = null }));
        Assert.Equal(Totals(expected.Totals), Totals(actual.Totals));
        Assert.Equal(Answers(expected.Programme), Answers(actual.Programme));
        Assert.Equal(expected.SignOff, actual.SignOff);
    }

    private static (decimal?, decimal?, decimal?, decimal?) Totals(DeclaredTotals? t) =>
        (t?.CapitalActual, t?.RevenueActual, t?.CapitalForecast, t?.RevenueForecast);

    private static ProgrammeAnswers Answers(ProgrammeAnswers a) => a with { Locations = null };
}
