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

    [Fact]
    public async Task Totals_longer_than_one_row_holds_are_cut_into_rows_and_read_back_whole()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var lines = pipeline.Get<ReturnLinesRepository>();
        // 2,000 projects named outside ASCII: their escaped JSON runs to several 30,000-character rows.
        var spend = Enumerable.Range(0, 2_000)
            .Select(i => new SpendLine($"Ynys Môn – {i:0000}", Q2, 1_000m + i / 100m, 0m, 0m, 0m))
            .ToList();
        var ret = ValidReturn.For(PipelineHarness.Adur, Q2) with
        {
            Spend = spend,
            Outputs = [new IndicatorLine("Ynys Môn – 0001", "CP-O11", "number", 2.50m, 3m, 10m)],
            Outcomes = [],
        };
        await lines.SaveAsync("adurlong", ret);

        var rows = new List<string>();
        await foreach (var entity in pipeline.Get<Ukspf.Storage.Tables.ITableStore>().QueryPartitionAsync(StorageNames.ReturnLinesTable, "adurlong"))
            if (entity.RowKey.StartsWith("T|", StringComparison.Ordinal)) rows.Add(entity.RowKey);
        var stored = await lines.LoadTotalsAsync("adurlong");

        Assert.True(rows.Count > 1, $"the totals took {rows.Count} row(s)");
        var expected = CumulativeTotals.Of(ret);
        Assert.NotNull(stored);
        Assert.Equal(expected.Spend, stored.Spend);
        Assert.Equal(expected.Indicators, stored.Indicators);
    }
}
