using System.Globalization;
using Azure.Data.Tables;
using Ukspf.Storage.Azure;
using Ukspf.Storage.Tables;
using Ukspf.Testing.Azurite;
using Xunit;
using SdkEntity = Azure.Data.Tables.TableEntity;
using TableEntity = Ukspf.Storage.Tables.TableEntity;
using TableTransactionAction = Ukspf.Storage.Tables.TableTransactionAction;
using TableTransactionActionType = Ukspf.Storage.Tables.TableTransactionActionType;
using TableTransactionFailedException = Ukspf.Storage.Tables.TableTransactionFailedException;
using TableUpdateMode = Ukspf.Storage.Tables.TableUpdateMode;

namespace Ukspf.Storage.Tests.Azure;

/// <summary>
/// The table store over the SDK against Azurite, beyond the contract: queries longer than a service page, exact
/// decimals as ADR-004 stores them (read raw with the SDK's own client), values JSON cannot hold, data in the earlier
/// client's encoding, and the service's error codes.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableStoreTests(AzuriteFixture azurite)
{
    private readonly AzureStorage _storage = AzureStorage.FromConnectionString(azurite.ConnectionString);

    [Fact]
    public async Task More_entities_than_one_query_page_come_back_in_key_order()
    {
        var table = await NewTableAsync();
        // The service's page is 1,000 entities; 1,500 over two partitions force more than one page either way.
        foreach (var partition in new[] { "b", "a" })
        {
            foreach (var chunk in Enumerable.Range(0, 750).Chunk(100))
            {
                await _storage.Tables.SubmitTransactionAsync(table, chunk.Select(i => Add(partition, $"{i:D4}", ("V", i))).ToList());
            }
        }

        var partitionB = await _storage.Tables.QueryPartitionAsync(table, "b").Select(e => e.GetInt32("V")!.Value).ToListAsync();
        var all = await _storage.Tables.QueryAllAsync(table).Select(e => (e.PartitionKey, e.RowKey)).ToListAsync();
        var servicePages = await Sdk(table).QueryAsync<SdkEntity>().AsPages().CountAsync();

        Assert.Equal(Enumerable.Range(0, 750), partitionB);
        Assert.Equal(new[] { "a", "b" }.SelectMany(p => Enumerable.Range(0, 750).Select(i => (p, $"{i:D4}"))), all);
        Assert.True(servicePages > 1, $"{servicePages} page(s)");
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("-0.0000000001")]
    [InlineData("1234567.89")]
    [InlineData("1234.50")]
    [InlineData("0")]
    public async Task A_decimal_is_stored_as_its_exact_text_with_a_type_marker_and_reads_back_exactly(string text)
    {
        var table = await NewTableAsync();
        var amount = decimal.Parse(text, CultureInfo.InvariantCulture);

        await _storage.Tables.AddAsync(table, new TableEntity("p", "r") { ["Amount"] = amount });
        var raw = (await Sdk(table).GetEntityAsync<SdkEntity>("p", "r")).Value;
        var read = await _storage.Tables.GetAsync(table, "p", "r");

        Assert.Equal(text, Assert.IsType<string>(raw["Amount"]));
        Assert.Equal("Decimal", raw["Amount__type"]);
        var back = Assert.IsType<decimal>(read!["Amount"]);
        Assert.Equal(amount, back);
        Assert.Equal(text, back.ToString(CultureInfo.InvariantCulture));
        Assert.False(read.ContainsKey("Amount__type"));
    }

    [Fact]
    public async Task Decimals_stay_exact_through_merges_upserts_and_transactions()
    {
        var table = await NewTableAsync();
        var etag = await _storage.Tables.AddAsync(table, new TableEntity("p", "r") { ["Spend"] = 0.1m, ["Name"] = "Hartlepool" });

        await _storage.Tables.UpdateAsync(table, new TableEntity("p", "r") { ["Forecast"] = 0.2m }, etag, TableUpdateMode.Merge);
        await _storage.Tables.UpsertAsync(table, new TableEntity("p", "s") { ["Spend"] = 1234567.89m }, TableUpdateMode.Merge);
        await _storage.Tables.SubmitTransactionAsync(table, [new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "t") { ["Spend"] = -0.0000000001m })]);
        var rows = await _storage.Tables.QueryPartitionAsync(table, "p").ToDictionaryAsync(e => e.RowKey);

        Assert.Equal(0.3m, rows["r"].GetDecimal("Spend") + rows["r"].GetDecimal("Forecast"));
        Assert.Equal("Hartlepool", rows["r"]["Name"]);
        Assert.Equal(1234567.89m, Assert.IsType<decimal>(rows["s"]["Spend"]));
        Assert.Equal(-0.0000000001m, Assert.IsType<decimal>(rows["t"]["Spend"]));
        Assert.All(rows.Values, e => Assert.DoesNotContain(e.Keys, k => k.EndsWith("__type", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Entities_in_the_earlier_clients_encoding_read_back_as_it_wrote_them()
    {
        var table = await NewTableAsync();
        // As the earlier REST client wrote them: a decimal as text with its marker, a NaN as text typed Edm.Double.
        await Sdk(table).AddEntityAsync(new SdkEntity("p", "old")
        {
            ["Amount"] = "1234.50", ["Amount__type"] = "Decimal", ["Ratio"] = "NaN", ["Ratio@odata.type"] = "Edm.Double",
        });

        var read = await _storage.Tables.GetAsync(table, "p", "old");

        Assert.Equal("1234.50", Assert.IsType<decimal>(read!["Amount"]).ToString(CultureInfo.InvariantCulture));
        Assert.True(double.IsNaN(Assert.IsType<double>(read["Ratio"])));
        Assert.Equal(["Amount", "Ratio"], read.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_marker_left_behind_by_a_merge_does_not_turn_text_into_a_decimal()
    {
        var table = await NewTableAsync();
        await _storage.Tables.AddAsync(table, new TableEntity("p", "r") { ["Amount"] = 12.5m });

        await _storage.Tables.UpsertAsync(table, new TableEntity("p", "r") { ["Amount"] = "not yet known" }, TableUpdateMode.Merge);
        var read = await _storage.Tables.GetAsync(table, "p", "r");

        Assert.Equal("not yet known", read!["Amount"]);
        Assert.Equal("Decimal", read["Amount__type"]);
    }

    [Fact]
    public async Task NaN_and_infinities_round_trip_as_doubles()
    {
        var table = await NewTableAsync();

        await _storage.Tables.AddAsync(table, new TableEntity("p", "r")
        {
            ["Nan"] = double.NaN, ["Up"] = double.PositiveInfinity, ["Down"] = double.NegativeInfinity, ["Finite"] = 2.0,
        });
        var raw = (await Sdk(table).GetEntityAsync<SdkEntity>("p", "r")).Value;
        var read = await _storage.Tables.GetAsync(table, "p", "r");

        Assert.True(double.IsNaN(Assert.IsType<double>(read!["Nan"])));
        Assert.Equal(double.PositiveInfinity, Assert.IsType<double>(read["Up"]));
        Assert.Equal(double.NegativeInfinity, Assert.IsType<double>(read["Down"]));
        Assert.Equal(2.0, Assert.IsType<double>(read["Finite"]));
        Assert.Equal(double.PositiveInfinity, Assert.IsType<double>(raw["Up"]));
        Assert.Equal(4, read.Count);
    }

    [Fact]
    public async Task Date_times_come_back_as_the_same_instant_to_the_tick()
    {
        var table = await NewTableAsync();
        var offset = new DateTimeOffset(2024, 7, 1, 9, 30, 15, TimeSpan.FromHours(1)).AddTicks(1_234_567);
        var utc = new DateTime(2024, 1, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(1);
        var unspecified = new DateTime(2024, 2, 1, 8, 0, 0, DateTimeKind.Unspecified);

        await _storage.Tables.AddAsync(table, new TableEntity("p", "r") { ["Offset"] = offset, ["Utc"] = utc, ["Unspecified"] = unspecified });
        var read = await _storage.Tables.GetAsync(table, "p", "r");

        Assert.Equal(offset.UtcTicks, Assert.IsType<DateTimeOffset>(read!["Offset"]).UtcTicks);
        Assert.Equal(new DateTimeOffset(utc), Assert.IsType<DateTimeOffset>(read["Utc"]));
        Assert.Equal(new DateTimeOffset(unspecified.Ticks, TimeSpan.Zero), Assert.IsType<DateTimeOffset>(read["Unspecified"]));
    }

    [Fact]
    public async Task The_etag_and_timestamp_are_the_services()
    {
        var table = await NewTableAsync();

        var etag = await _storage.Tables.AddAsync(table, new TableEntity("p", "r") { ["V"] = 1 });
        var raw = (await Sdk(table).GetEntityAsync<SdkEntity>("p", "r")).Value;
        var read = await _storage.Tables.GetAsync(table, "p", "r");
        var queried = await _storage.Tables.QueryPartitionAsync(table, "p").SingleAsync();

        Assert.Equal(raw.ETag.ToString(), etag);
        Assert.Equal(etag, read!.ETag);
        Assert.Equal(etag, queried.ETag);
        Assert.Equal(raw.Timestamp, read.Timestamp);
    }

    [Fact]
    public async Task A_property_of_a_type_tables_cannot_hold_is_refused_by_name()
    {
        var table = await NewTableAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            _storage.Tables.AddAsync(table, new TableEntity("p", "r") { ["When"] = new DateOnly(2024, 7, 1) }));

        Assert.Contains("'When'", error.Message, StringComparison.Ordinal);
        Assert.Null(await _storage.Tables.GetAsync(table, "p", "r"));
    }

    [Fact]
    public async Task A_transaction_failing_at_its_last_action_leaves_nothing_behind()
    {
        var table = await NewTableAsync();
        await _storage.Tables.AddAsync(table, new TableEntity("p", "099") { ["V"] = "first" });
        var actions = Enumerable.Range(0, 100).Select(i => Add("p", $"{i:D3}", ("V", i))).ToList();

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => _storage.Tables.SubmitTransactionAsync(table, actions));

        Assert.Equal((99, 409, "EntityAlreadyExists"), (error.FailedIndex, error.Status, error.ErrorCode));
        Assert.IsType<global::Azure.Data.Tables.TableTransactionFailedException>(error.InnerException);
        var left = Assert.Single(await _storage.Tables.QueryPartitionAsync(table, "p").ToListAsync());
        Assert.Equal("first", left["V"]);
    }

    [Fact]
    public async Task A_transaction_of_one_hundred_and_one_actions_is_refused_without_a_request()
    {
        // A table that does not exist: had the batch been sent, the service would have answered TableNotFound.
        var missing = "t" + Guid.NewGuid().ToString("N");
        var actions = Enumerable.Range(0, 101).Select(i => Add("p", $"{i:D3}")).ToList();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _storage.Tables.SubmitTransactionAsync(missing, actions));

        Assert.Contains("101", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_table_is_reported_as_table_not_found()
    {
        var missing = "t" + Guid.NewGuid().ToString("N");

        var add = await Assert.ThrowsAsync<StorageException>(() => _storage.Tables.AddAsync(missing, new TableEntity("p", "r")));
        var query = await Assert.ThrowsAsync<StorageException>(async () => await _storage.Tables.QueryAllAsync(missing).ToListAsync());
        var transaction = await Assert.ThrowsAsync<TableTransactionFailedException>(() =>
            _storage.Tables.SubmitTransactionAsync(missing, [Add("p", "r")]));

        Assert.Equal((404, "TableNotFound"), (add.Status, add.ErrorCode));
        Assert.Equal((404, "TableNotFound"), (query.Status, query.ErrorCode));
        Assert.Equal((0, 404, "TableNotFound"), (transaction.FailedIndex, transaction.Status, transaction.ErrorCode));
    }

    [Fact]
    public async Task Updates_and_deletes_carry_the_service_error_codes()
    {
        var table = await NewTableAsync();
        var stale = await _storage.Tables.AddAsync(table, new TableEntity("p", "r") { ["V"] = 1 });
        await _storage.Tables.UpsertAsync(table, new TableEntity("p", "r") { ["V"] = 2 });

        var staleUpdate = await Assert.ThrowsAsync<StorageException>(() => _storage.Tables.UpdateAsync(table, new TableEntity("p", "r"), stale));
        var staleDelete = await Assert.ThrowsAsync<StorageException>(() => _storage.Tables.DeleteAsync(table, "p", "r", stale));
        var missingUpdate = await Assert.ThrowsAsync<StorageException>(() => _storage.Tables.UpdateAsync(table, new TableEntity("p", "none"), "*"));
        var exists = await Assert.ThrowsAsync<StorageException>(() => _storage.Tables.AddAsync(table, new TableEntity("p", "r")));

        Assert.Equal((412, "UpdateConditionNotSatisfied"), (staleUpdate.Status, staleUpdate.ErrorCode));
        Assert.Equal((412, "UpdateConditionNotSatisfied"), (staleDelete.Status, staleDelete.ErrorCode));
        Assert.Equal((404, "ResourceNotFound"), (missingUpdate.Status, missingUpdate.ErrorCode));
        Assert.Equal((409, "EntityAlreadyExists"), (exists.Status, exists.ErrorCode));
        Assert.Equal(2, (await _storage.Tables.GetAsync(table, "p", "r"))!.GetInt32("V"));
    }

    [Fact]
    public async Task A_partition_key_with_quotes_selects_only_its_partition()
    {
        var table = await NewTableAsync();
        await _storage.Tables.AddAsync(table, new TableEntity("O'Brien' or PartitionKey ne '", "a"));
        await _storage.Tables.AddAsync(table, new TableEntity("other", "b"));

        var rows = await _storage.Tables.QueryPartitionAsync(table, "O'Brien' or PartitionKey ne '").Select(e => e.RowKey).ToListAsync();

        Assert.Equal(["a"], rows);
    }

    private TableClient Sdk(string table) => _storage.TableService.GetTableClient(table);

    private async Task<string> NewTableAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N");
        await _storage.Tables.CreateTableIfNotExistsAsync(name);
        return name;
    }

    private static TableTransactionAction Add(string partitionKey, string rowKey, params (string Name, object? Value)[] properties)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        foreach (var (name, value) in properties)
        {
            entity[name] = value;
        }

        return new TableTransactionAction(TableTransactionActionType.Add, entity);
    }
}
