using Ukspf.Application.Submissions;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Testing.Sheets;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>The totals rows kept beside a return's lines read back exactly as the totals of its lines.</summary>
public sealed class StoredTotalsReadTests
{
    private static readonly RoundId Q2 = RoundId.Parse("2025-26-Q2");

    [Fact]
    public async Task References_outside_ASCII_and_amounts_with_trailing_zeros_read_back_as_they_were()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var lines = pipeline.Get<ReturnLinesRepository>();
        var ret = ValidReturn.For(PipelineHarness.Adur, Q2) with
        {
            Spend =
            [
                new SpendLine("Ynys Môn – 1", Q2, 1_250.50m, 0.10m, 0m, 0m),
                new SpendLine("Ynys Môn – 1", RoundId.Parse("2024-25-Q4"), 3.00m, 0m, 0m, 0m),
                new SpendLine("\"Quoted\" ref", Q2, 0m, 99.990m, 0m, 0m),
            ],
            Outputs = [new IndicatorLine("Ynys Môn – 1", "CP-O11", "number", 2.50m, 3m, 10m)],
            Outcomes = [],
        };
        await lines.SaveAsync("adurescaped", ret);

        var stored = await lines.LoadTotalsAsync("adurescaped");

        var expected = CumulativeTotals.Of(ret);
        Assert.NotNull(stored);
        Assert.Equal(expected.Spend, stored.Spend);
        Assert.Equal(expected.Indicators, stored.Indicators);
        Assert.Equal(["1250.60", "3.00", "99.990"], stored.Spend.Select(s => s.Actual.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("2.50", stored.Indicators[0].CumulativeActual.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
