using Ukspf.Storage.Tables;
using Xunit;

namespace Ukspf.Storage.Tests.Contract;

public abstract partial class TableStoreContract
{
    [Fact]
    public async Task A_transaction_of_one_hundred_actions_writes_them_all()
    {
        var table = await NewTableAsync();
        var actions = Adds("p", 100);

        await Store.SubmitTransactionAsync(table, actions);

        Assert.Equal(100, await Store.QueryPartitionAsync(table, "p").CountAsync());
    }

    [Fact]
    public async Task A_transaction_can_mix_every_kind_of_action()
    {
        var table = await NewTableAsync();
        var etag = await Store.AddAsync(table, Entity("p", "update", ("V", 1), ("Old", true)));
        await Store.AddAsync(table, Entity("p", "merge", ("V", 1), ("Kept", true)));
        await Store.AddAsync(table, Entity("p", "delete"));

        await Store.SubmitTransactionAsync(table,
        [
            new(TableTransactionActionType.Add, Entity("p", "add", ("V", 2))),
            new(TableTransactionActionType.UpsertReplace, Entity("p", "replace", ("V", 2))),
            new(TableTransactionActionType.UpsertMerge, Entity("p", "merge", ("V", 2))),
            new(TableTransactionActionType.UpdateReplace, Entity("p", "update", ("V", 2)), etag),
            new(TableTransactionActionType.Delete, Entity("p", "delete")),
        ]);
        var rows = await Store.QueryPartitionAsync(table, "p").ToDictionaryAsync(e => e.RowKey);

        Assert.Equal(["add", "merge", "replace", "update"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(rows.Values, e => Assert.Equal(2, e.GetInt32("V")));
        Assert.True(rows["merge"].GetBoolean("Kept"));
        Assert.False(rows["update"].ContainsKey("Old"));
    }

    [Fact]
    public async Task A_failing_action_writes_nothing_and_names_its_index()
    {
        var table = await NewTableAsync();
        await Store.AddAsync(table, Entity("p", "r3", ("V", "original")));
        var actions = Adds("p", 5);

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => Store.SubmitTransactionAsync(table, actions));

        Assert.Equal(3, error.FailedIndex);
        Assert.Equal(409, error.Status);
        var left = Assert.Single(await Store.QueryPartitionAsync(table, "p").ToListAsync());
        Assert.Equal("original", left.GetString("V"));
    }

    [Fact]
    public async Task A_stale_etag_in_a_transaction_fails_it_at_that_action()
    {
        var table = await NewTableAsync();
        var stale = await Store.AddAsync(table, Entity("p", "counter", ("V", 1)));
        await Store.UpsertAsync(table, Entity("p", "counter", ("V", 2)));

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => Store.SubmitTransactionAsync(table,
        [
            new(TableTransactionActionType.UpsertReplace, Entity("p", "other", ("V", 9))),
            new(TableTransactionActionType.UpdateReplace, Entity("p", "counter", ("V", 3)), stale),
        ]));

        Assert.Equal(1, error.FailedIndex);
        Assert.Equal(412, error.Status);
        Assert.Null(await Store.GetAsync(table, "p", "other"));
        Assert.Equal(2, (await Store.GetAsync(table, "p", "counter"))!.GetInt32("V"));
    }

    [Fact]
    public async Task Deleting_a_missing_entity_in_a_transaction_fails_it()
    {
        var table = await NewTableAsync();

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => Store.SubmitTransactionAsync(table,
        [
            new(TableTransactionActionType.Add, Entity("p", "a")),
            new(TableTransactionActionType.Delete, Entity("p", "missing")),
        ]));

        Assert.Equal(1, error.FailedIndex);
        Assert.Equal(404, error.Status);
        Assert.Null(await Store.GetAsync(table, "p", "a"));
    }

    [Fact]
    public async Task More_than_one_hundred_actions_are_rejected_before_anything_is_written()
    {
        var table = await NewTableAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SubmitTransactionAsync(table, Adds("p", 101)));

        Assert.Empty(await Store.QueryPartitionAsync(table, "p").ToListAsync());
    }

    [Fact]
    public async Task Actions_on_more_than_one_partition_are_rejected()
    {
        var table = await NewTableAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SubmitTransactionAsync(table,
        [
            new(TableTransactionActionType.Add, Entity("p1", "r")),
            new(TableTransactionActionType.Add, Entity("p2", "r")),
        ]));

        Assert.Empty(await Store.QueryAllAsync(table).ToListAsync());
    }

    private static List<TableTransactionAction> Adds(string partitionKey, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, Entity(partitionKey, $"r{i}", ("V", i))))
            .ToList();
}
