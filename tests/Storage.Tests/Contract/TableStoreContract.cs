using Ukspf.Storage.Tables;
using Xunit;

namespace Ukspf.Storage.Tests.Contract;

/// <summary>
/// What every <see cref="ITableStore"/> must do. A subclass supplies the store; each test works in a table of its
/// own, so one store may serve every test. Property types and keys, and transactions, are in the partial files
/// beside this one.
/// </summary>
public abstract partial class TableStoreContract
{
    protected abstract ITableStore Store { get; }

    [Fact]
    public async Task Added_entity_comes_back_with_its_properties_etag_and_timestamp()
    {
        var table = await NewTableAsync();

        var etag = await Store.AddAsync(table, Entity("p", "r", ("Name", "Hartlepool")));
        var read = await Store.GetAsync(table, "p", "r");

        Assert.Equal("Hartlepool", read!.GetString("Name"));
        Assert.Equal(etag, read.ETag);
        Assert.NotNull(read.Timestamp);
    }

    [Fact]
    public async Task Adding_existing_keys_fails_with_entity_already_exists()
    {
        var table = await NewTableAsync();
        await Store.AddAsync(table, Entity("p", "r", ("Name", "first")));

        var error = await Assert.ThrowsAsync<StorageException>(() => Store.AddAsync(table, Entity("p", "r", ("Name", "second"))));

        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Equal("first", (await Store.GetAsync(table, "p", "r"))!.GetString("Name"));
    }

    [Fact]
    public async Task Getting_a_missing_entity_gives_null()
    {
        var table = await NewTableAsync();

        Assert.Null(await Store.GetAsync(table, "p", "missing"));
    }

    [Fact]
    public async Task Adding_to_a_missing_table_fails_with_not_found()
    {
        var error = await Assert.ThrowsAsync<StorageException>(() => Store.AddAsync(NewName(), Entity("p", "r")));

        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task Upsert_replace_drops_properties_the_new_entity_lacks()
    {
        var table = await NewTableAsync();
        await Store.UpsertAsync(table, Entity("p", "r", ("A", 1), ("B", 2)));

        await Store.UpsertAsync(table, Entity("p", "r", ("A", 10)), TableUpdateMode.Replace);
        var read = await Store.GetAsync(table, "p", "r");

        Assert.Equal(10, read!["A"]);
        Assert.False(read.ContainsKey("B"));
    }

    [Fact]
    public async Task Upsert_merge_keeps_properties_the_new_entity_lacks()
    {
        var table = await NewTableAsync();
        await Store.UpsertAsync(table, Entity("p", "r", ("A", 1), ("B", 2)));

        await Store.UpsertAsync(table, Entity("p", "r", ("A", 10), ("C", 3)), TableUpdateMode.Merge);
        var read = await Store.GetAsync(table, "p", "r");

        Assert.Equal(10, read!["A"]);
        Assert.Equal(2, read["B"]);
        Assert.Equal(3, read["C"]);
    }

    [Fact]
    public async Task Upsert_creates_a_missing_entity()
    {
        var table = await NewTableAsync();

        var etag = await Store.UpsertAsync(table, Entity("p", "r", ("A", 1)), TableUpdateMode.Merge);

        Assert.Equal(etag, (await Store.GetAsync(table, "p", "r"))!.ETag);
    }

    [Fact]
    public async Task Update_with_the_current_etag_succeeds_and_changes_the_etag()
    {
        var table = await NewTableAsync();
        var first = await Store.AddAsync(table, Entity("p", "r", ("Count", 1)));

        var second = await Store.UpdateAsync(table, Entity("p", "r", ("Count", 2)), first);

        Assert.NotEqual(first, second);
        Assert.Equal(2, (await Store.GetAsync(table, "p", "r"))!.GetInt32("Count"));
    }

    [Fact]
    public async Task Update_with_a_stale_etag_fails_with_precondition_failed()
    {
        var table = await NewTableAsync();
        var stale = await Store.AddAsync(table, Entity("p", "r", ("Count", 1)));
        await Store.UpsertAsync(table, Entity("p", "r", ("Count", 2)));

        var error = await Assert.ThrowsAsync<StorageException>(() => Store.UpdateAsync(table, Entity("p", "r", ("Count", 3)), stale));

        Assert.Equal(412, error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.True(error.IsConflict);
        Assert.Equal(2, (await Store.GetAsync(table, "p", "r"))!.GetInt32("Count"));
    }

    [Fact]
    public async Task Update_merge_with_the_current_etag_keeps_other_properties()
    {
        var table = await NewTableAsync();
        var etag = await Store.AddAsync(table, Entity("p", "r", ("A", 1), ("B", 2)));

        await Store.UpdateAsync(table, Entity("p", "r", ("B", 20)), etag, TableUpdateMode.Merge);
        var read = await Store.GetAsync(table, "p", "r");

        Assert.Equal(1, read!["A"]);
        Assert.Equal(20, read["B"]);
    }

    [Fact]
    public async Task Update_of_a_missing_entity_fails_with_not_found()
    {
        var table = await NewTableAsync();

        var error = await Assert.ThrowsAsync<StorageException>(() => Store.UpdateAsync(table, Entity("p", "r"), "*"));

        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task Delete_reports_whether_the_entity_existed()
    {
        var table = await NewTableAsync();
        await Store.AddAsync(table, Entity("p", "r"));

        var first = await Store.DeleteAsync(table, "p", "r");
        var second = await Store.DeleteAsync(table, "p", "r");

        Assert.True(first);
        Assert.False(second);
        Assert.Null(await Store.GetAsync(table, "p", "r"));
    }

    [Fact]
    public async Task Delete_with_a_stale_etag_fails_and_keeps_the_entity()
    {
        var table = await NewTableAsync();
        var stale = await Store.AddAsync(table, Entity("p", "r", ("V", 1)));
        await Store.UpsertAsync(table, Entity("p", "r", ("V", 2)));

        var error = await Assert.ThrowsAsync<StorageException>(() => Store.DeleteAsync(table, "p", "r", stale));

        Assert.Equal(412, error.Status);
        Assert.NotNull(await Store.GetAsync(table, "p", "r"));
    }

    [Fact]
    public async Task Partition_query_returns_only_that_partition_in_row_key_order()
    {
        var table = await NewTableAsync();
        foreach (var (pk, rk) in new[] { ("b", "2"), ("a", "9"), ("b", "10"), ("b", "1"), ("c", "0"), ("b", "B"), ("b", "a") })
        {
            await Store.AddAsync(table, Entity(pk, rk));
        }

        var rows = await Store.QueryPartitionAsync(table, "b").Select(e => e.RowKey).ToListAsync();

        Assert.Equal(["1", "10", "2", "B", "a"], rows);
    }

    [Fact]
    public async Task Query_all_returns_every_entity_in_partition_then_row_key_order()
    {
        var table = await NewTableAsync();
        foreach (var (pk, rk) in new[] { ("b", "1"), ("a", "2"), ("a", "1"), ("B", "9") })
        {
            await Store.AddAsync(table, Entity(pk, rk));
        }

        var keys = await Store.QueryAllAsync(table).Select(e => $"{e.PartitionKey}|{e.RowKey}").ToListAsync();

        Assert.Equal(["B|9", "a|1", "a|2", "b|1"], keys);
    }

    protected static string NewName() => "t" + Guid.NewGuid().ToString("N");

    protected async Task<string> NewTableAsync()
    {
        var table = NewName();
        await Store.CreateTableIfNotExistsAsync(table);
        return table;
    }

    protected static TableEntity Entity(string partitionKey, string rowKey, params (string Name, object? Value)[] properties)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        foreach (var (name, value) in properties)
        {
            entity[name] = value;
        }

        return entity;
    }
}
