using Xunit;

namespace Ukspf.Storage.Tests.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task Every_supported_property_type_round_trips_with_its_type()
    {
        var table = await NewTableAsync();
        var when = new DateTimeOffset(2024, 7, 1, 9, 30, 15, 123, TimeSpan.FromHours(1));
        var id = Guid.NewGuid();
        byte[] bytes = [0, 1, 2, 127, 128, 254, 255];
        await Store.AddAsync(table, Entity("p", "r",
            ("Text", "Ynys Môn \"quoted\""), ("Int", -42), ("Long", long.MaxValue), ("Double", 0.1),
            ("Flag", true), ("When", when), ("Id", id), ("Bytes", bytes)));

        var read = await Store.GetAsync(table, "p", "r");

        Assert.Equal("Ynys Môn \"quoted\"", Assert.IsType<string>(read!["Text"]));
        Assert.Equal(-42, Assert.IsType<int>(read["Int"]));
        Assert.Equal(long.MaxValue, Assert.IsType<long>(read["Long"]));
        Assert.Equal(0.1, Assert.IsType<double>(read["Double"]));
        Assert.True(Assert.IsType<bool>(read["Flag"]));
        Assert.Equal(when, Assert.IsType<DateTimeOffset>(read["When"]));
        Assert.Equal(id, Assert.IsType<Guid>(read["Id"]));
        Assert.Equal(bytes, Assert.IsType<byte[]>(read["Bytes"]));
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("123456789.99")]
    [InlineData("-0.10")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    public async Task Decimal_amounts_round_trip_exactly(string text)
    {
        var table = await NewTableAsync();
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        await Store.AddAsync(table, Entity("p", "r", ("Amount", amount)));

        var read = await Store.GetAsync(table, "p", "r");

        Assert.Equal(amount, read!.GetDecimal("Amount"));
        Assert.Equal(text, read.GetDecimal("Amount")!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("O'Brien", "say \"hi\"")]
    [InlineData("with space", " leading and trailing ")]
    [InlineData("Ynys Môn", "Rhondda Cynon Taf – Caerffili")]
    [InlineData("日本語", "emoji 😀")]
    public async Task Keys_with_quotes_spaces_and_non_ascii_work_everywhere(string partitionKey, string rowKey)
    {
        var table = await NewTableAsync();
        var etag = await Store.AddAsync(table, Entity(partitionKey, rowKey, ("V", 1)));

        var read = await Store.GetAsync(table, partitionKey, rowKey);
        var queried = Assert.Single(await Store.QueryPartitionAsync(table, partitionKey).ToListAsync());
        var updated = await Store.UpdateAsync(table, Entity(partitionKey, rowKey, ("V", 2)), etag);
        var deleted = await Store.DeleteAsync(table, partitionKey, rowKey, updated);

        Assert.Equal((partitionKey, rowKey), (read!.PartitionKey, read.RowKey));
        Assert.Equal((partitionKey, rowKey), (queried.PartitionKey, queried.RowKey));
        Assert.True(deleted);
    }
}
