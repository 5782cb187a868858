using Azure;
using Ukspf.Storage.Azure;
using Ukspf.Storage.Tables;
using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

/// <summary>The Table client against Azurite: paging, $select/$top/$filter, and transactions at the limit.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableClientTests(AzuriteFixture azurite)
{
    private readonly AzureStorage _storage = AzureStorage.FromConnectionString(azurite.ConnectionString);

    [Fact]
    public async Task Two_thousand_five_hundred_entities_come_back_in_order_across_continuation_pages()
    {
        var table = await NewTableAsync();
        foreach (var chunk in Enumerable.Range(0, 2500).Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(i => Add("round", $"{i:D5}", ("V", i))).ToList());
        }

        var all = await _storage.Tables.QueryPartitionAsync(table.Name, "round").Select(e => e.GetInt32("V")!.Value).ToListAsync();
        var servicePages = await table.QueryAsync().AsPages().Select(p => p.Values.Count).ToListAsync();
        var topPages = await table.QueryPartitionAsync("round", maxPerPage: 300).AsPages().ToListAsync();

        Assert.Equal(Enumerable.Range(0, 2500), all);
        Assert.Equal([1000, 1000, 500], servicePages);
        Assert.Equal(9, topPages.Count);
        Assert.All(topPages.SkipLast(1), p => Assert.Equal(300, p.Values.Count));
        Assert.Null(topPages[^1].ContinuationToken);
    }

    [Fact]
    public async Task Select_returns_only_the_named_properties_with_the_keys()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(Entity("p", "r", ("Council", "Hartlepool"), ("Spend", 12.5m), ("Notes", "long text")));

        var entity = await table.QueryAsync(select: ["Council"]).SingleAsync();

        Assert.Equal(("p", "r"), (entity.PartitionKey, entity.RowKey));
        Assert.Equal("Hartlepool", entity["Council"]);
        Assert.False(entity.ContainsKey("Notes"));
        Assert.False(entity.ContainsKey("Spend"));
    }

    [Fact]
    public async Task An_odata_filter_with_quoted_literals_selects_matching_entities()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(Entity("2024-25-Q2", "a", ("Council", "O'Brien District"), ("Lines", 3)));
        await table.AddEntityAsync(Entity("2024-25-Q2", "b", ("Council", "Other"), ("Lines", 30)));
        await table.AddEntityAsync(Entity("2024-25-Q3", "c", ("Council", "O'Brien District"), ("Lines", 5)));

        var filter = $"PartitionKey eq {TableClient.ODataLiteral("2024-25-Q2")} and Council eq {TableClient.ODataLiteral("O'Brien District")}";
        var found = await table.QueryAsync(filter).Select(e => e.RowKey).ToListAsync();
        var many = await table.QueryAsync("Lines gt 4").Select(e => e.RowKey).ToListAsync();

        Assert.Equal(["a"], found);
        Assert.Equal(["b", "c"], many);
    }

    [Fact]
    public async Task A_transaction_of_one_hundred_returns_an_etag_per_action_matching_what_is_stored()
    {
        var table = await NewTableAsync();

        var etags = (await table.SubmitTransactionAsync(Enumerable.Range(0, 100).Select(i => Add("p", $"{i:D3}", ("V", i))).ToList())).Value;
        var stored = await table.QueryPartitionAsync("p").Select(e => e.ETag!).ToListAsync();

        Assert.Equal(100, etags.Count);
        Assert.Equal(stored, etags);
    }

    [Fact]
    public async Task A_transaction_failing_at_its_last_action_leaves_nothing_behind()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(Entity("p", "099", ("V", "first")));
        var actions = Enumerable.Range(0, 100).Select(i => Add("p", $"{i:D3}", ("V", i))).ToList();

        var error = await Assert.ThrowsAsync<TableTransactionRequestFailedException>(() => table.SubmitTransactionAsync(actions));

        Assert.Equal(99, error.FailedIndex);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Equal(["099"], await table.QueryPartitionAsync("p").Select(e => e.RowKey).ToListAsync());
    }

    [Fact]
    public async Task Creating_a_table_reports_whether_this_call_created_it()
    {
        var table = _storage.TableService.GetTableClient("t" + Guid.NewGuid().ToString("N"));

        var first = (await table.CreateIfNotExistsAsync()).Value;
        var second = (await table.CreateIfNotExistsAsync()).Value;
        var deleted = (await table.DeleteIfExistsAsync()).Value;
        var deletedAgain = (await table.DeleteIfExistsAsync()).Value;

        Assert.True(first);
        Assert.False(second);
        Assert.True(deleted);
        Assert.False(deletedAgain);
    }

    [Fact]
    public async Task Client_errors_carry_the_service_error_code()
    {
        var table = await NewTableAsync();
        var etag = (await table.AddEntityAsync(Entity("p", "r"))).Value;
        await table.UpsertEntityAsync(Entity("p", "r", ("V", 2)));

        var missing = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync("p", "none"));
        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync(Entity("p", "r"), etag));

        Assert.Equal((404, "ResourceNotFound"), (missing.Status, missing.ErrorCode));
        Assert.Equal((412, "UpdateConditionNotSatisfied"), (stale.Status, stale.ErrorCode));
    }

    private async Task<TableClient> NewTableAsync()
    {
        var table = _storage.TableService.GetTableClient("t" + Guid.NewGuid().ToString("N"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    private static TableTransactionAction Add(string partitionKey, string rowKey, params (string Name, object? Value)[] properties) =>
        new(TableTransactionActionType.Add, Entity(partitionKey, rowKey, properties));

    private static TableEntity Entity(string partitionKey, string rowKey, params (string Name, object? Value)[] properties)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        foreach (var (name, value) in properties)
        {
            entity[name] = value;
        }

        return entity;
    }
}
