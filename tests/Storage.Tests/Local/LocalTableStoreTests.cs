using Ukspf.Storage.Local;
using Ukspf.Storage.Tables;
using Ukspf.Storage.Tests.Contract;
using Xunit;

namespace Ukspf.Storage.Tests.Local;

public sealed class LocalTableStoreTests(LocalStoreFixture fixture) : TableStoreContract, IClassFixture<LocalStoreFixture>
{
    protected override ITableStore Store => fixture.Store.Tables;

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("tab\there")]
    [InlineData("nul\u0000here")]
    [InlineData("del\u007fhere")]
    [InlineData("c1\u009fhere")]
    public async Task Rejects_keys_Azure_forbids(string key)
    {
        var table = await NewTableAsync();

        var asPartition = await Assert.ThrowsAsync<StorageException>(() => Store.AddAsync(table, Entity(key, "r")));
        var asRow = await Assert.ThrowsAsync<StorageException>(() => Store.UpsertAsync(table, Entity("p", key)));

        Assert.Equal(400, asPartition.Status);
        Assert.Equal(400, asRow.Status);
    }

    [Fact]
    public async Task Rejects_property_types_Azure_tables_cannot_hold()
    {
        var table = await NewTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => Store.AddAsync(table, Entity("p", "r", ("Due", new DateOnly(2024, 7, 1)))));

        Assert.Null(await Store.GetAsync(table, "p", "r"));
    }

    [Theory]
    [InlineData("PartitionKey")]
    [InlineData("Timestamp")]
    [InlineData("not-an-identifier")]
    public async Task Rejects_reserved_or_malformed_property_names(string name)
    {
        var table = await NewTableAsync();

        var error = await Assert.ThrowsAsync<StorageException>(() => Store.AddAsync(table, Entity("p", "r", (name, 1))));

        Assert.Equal(400, error.Status);
    }

    [Fact]
    public async Task Table_names_ignore_case_as_on_Azure()
    {
        var table = await NewTableAsync();
        await Store.AddAsync(table, Entity("p", "r", ("V", 1)));

        var read = await Store.GetAsync(table.ToUpperInvariant(), "p", "r");

        Assert.Equal(1, read!.GetInt32("V"));
    }

    [Fact]
    public async Task Null_properties_are_not_stored()
    {
        var table = await NewTableAsync();
        await Store.AddAsync(table, Entity("p", "r", ("Kept", 1), ("Empty", null)));

        var read = await Store.GetAsync(table, "p", "r");

        Assert.False(read!.ContainsKey("Empty"));
    }

    [Fact]
    public async Task Queries_page_through_more_entities_than_one_page_holds()
    {
        var table = await NewTableAsync();
        for (var batch = 0; batch < 25; batch++)
        {
            var actions = Enumerable.Range(0, 100)
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, Entity("p", $"{batch * 100 + i:D5}")))
                .ToList();
            await Store.SubmitTransactionAsync(table, actions);
        }

        var keys = await Store.QueryAllAsync(table).Select(e => e.RowKey).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 2500).Select(i => $"{i:D5}"), keys);
    }

    [Fact]
    public async Task Entities_survive_reopening_the_root()
    {
        var table = await NewTableAsync();
        var etag = await Store.AddAsync(table, Entity("p", "r", ("Amount", 0.01m)));

        using var reopened = LocalStore.Open(fixture.RootPath, fixture.Clock);
        var read = await reopened.Tables.GetAsync(table, "p", "r");

        Assert.Equal(etag, read!.ETag);
        Assert.Equal(0.01m, read.GetDecimal("Amount"));
    }
}
