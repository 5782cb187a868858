using Ukspf.Storage.Tables;
using Xunit;

namespace Ukspf.Storage.Tests.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task Reading_a_partition_gives_each_entity_in_row_key_order_with_the_values_an_entity_gives()
    {
        var table = await NewTableAsync();
        var when = new DateTimeOffset(2024, 7, 1, 9, 30, 15, TimeSpan.Zero);
        await Store.AddAsync(table, Entity("p", "2", ("Text", "Ynys Môn \"quoted\""), ("Amount", -0.10m), ("Count", 7), ("Big", long.MaxValue),
            ("Flag", true), ("When", when), ("Ratio", 1e20)));
        await Store.AddAsync(table, Entity("p", "1", ("Text", "E06-00001"), ("AmountText", "12.50"), ("CountText", "42")));
        await Store.AddAsync(table, Entity("q", "0", ("Text", "another partition")));

        var read = await Store.ReadPartitionAsync(table, "p", Snapshot).ToListAsync();
        var queried = await Store.QueryPartitionAsync(table, "p").Select(e => Snapshot(e)).ToListAsync();

        Assert.Equal(queried, read);
        Assert.Equal(["1", "2"], read.Select(r => r.Row));
        Assert.Equal(new Values("p", "2", "Ynys Môn \"quoted\"", -0.10m, 7, long.MaxValue, true, when, null, null, "1E+20"), read[1]);
        Assert.Equal(12.50m, read[0].AmountText);
        Assert.Equal(42, read[0].CountText);
    }

    [Fact]
    public async Task Values_kept_from_one_row_stay_as_they_were_once_the_next_is_read()
    {
        var table = await NewTableAsync();
        await Store.AddAsync(table, Entity("p", "1", ("Quarter", "2025-26-Q1")));
        await Store.AddAsync(table, Entity("p", "2", ("Quarter", "2025-26-Q2")));
        await Store.AddAsync(table, Entity("p", "3", ("Quarter", "2025-26-Q1")));

        var quarters = await Store.ReadPartitionAsync(table, "p", e => e.GetString("Quarter")).ToListAsync();

        Assert.Equal(["2025-26-Q1", "2025-26-Q2", "2025-26-Q1"], quarters);
    }

    [Fact]
    public async Task Reading_a_missing_partition_gives_nothing()
    {
        var table = await NewTableAsync();

        Assert.Empty(await Store.ReadPartitionAsync(table, "nobody", e => e.RowKey).ToListAsync());
    }

    /// <summary>Everything the test reads of an entity, as a value it can compare.</summary>
    private static Values Snapshot(IEntityValues e) => new(
        e.PartitionKey, e.RowKey, e.GetString("Text"), e.GetDecimal("Amount"), e.GetInt32("Count"), e.GetInt64("Big"),
        e.GetBoolean("Flag"), e.GetDateTimeOffset("When"), e.GetDecimal("AmountText"), e.GetInt32("CountText"), e.GetString("Ratio"));

    private sealed record Values(
        string Partition, string Row, string? Text, decimal? Amount, int? Count, long? Big, bool? Flag, DateTimeOffset? When,
        decimal? AmountText, int? CountText, string? Ratio);
}
