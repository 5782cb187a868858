using System.Globalization;
using System.Text;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Local;
using Ukspf.Storage.Tables;
using Xunit;

namespace Ukspf.Storage.Tests.Local;

/// <summary>
/// Two stores opened separately on one root, each with its own SQLite connections, stand for two processes. Every
/// race must have exactly one winner and no update may be lost.
/// </summary>
public sealed class LocalStoreConcurrencyTests(LocalStoreFixture fixture) : IClassFixture<LocalStoreFixture>
{
    private const int Contenders = 12;

    private readonly LocalStore _first = fixture.Store;
    private readonly LocalStore _second = fixture.OpenAnother();

    [Fact]
    public async Task Exactly_one_racing_create_only_upload_wins_and_its_content_is_kept()
    {
        var container = await NewContainerAsync();

        var outcomes = await Race.RunAsync(Contenders, async i =>
        {
            try
            {
                await StoreFor(i).Blobs.UploadAsync(container, "claim", Text($"writer {i}"), new BlobUploadOptions { Conditions = BlobConditions.IfNoneMatchAny });
                return i;
            }
            catch (StorageException e) when (e.IsConflict)
            {
                return -1;
            }
        });

        var winner = Assert.Single(outcomes, o => o >= 0);
        Assert.Equal($"writer {winner}", await ReadTextAsync(container, "claim"));
    }

    [Fact]
    public async Task Exactly_one_racing_upload_from_the_same_etag_wins()
    {
        var container = await NewContainerAsync();
        var original = await _first.Blobs.UploadAsync(container, "doc", Text("v0"));

        var outcomes = await Race.RunAsync(Contenders, async i =>
        {
            try
            {
                await StoreFor(i).Blobs.UploadAsync(container, "doc", Text($"v{i}"), new BlobUploadOptions { Conditions = BlobConditions.IfMatchETag(original.ETag) });
                return true;
            }
            catch (StorageException e) when (e.Status == 412)
            {
                return false;
            }
        });

        Assert.Single(outcomes, won => won);
    }

    [Fact]
    public async Task A_blob_counter_raised_with_etags_by_many_writers_loses_no_update()
    {
        var container = await NewContainerAsync();
        await _first.Blobs.UploadAsync(container, "counter", Text("0"));

        await Race.RunAsync(Contenders * 2, async i =>
        {
            var blobs = StoreFor(i).Blobs;
            while (true)
            {
                string etag;
                int value;
                await using (var download = await blobs.DownloadAsync(container, "counter"))
                {
                    etag = download!.Properties.ETag;
                    value = int.Parse(await new StreamReader(download.Content).ReadToEndAsync(), CultureInfo.InvariantCulture);
                }

                try
                {
                    await blobs.UploadAsync(container, "counter", Text((value + 1).ToString(CultureInfo.InvariantCulture)), new BlobUploadOptions { Conditions = BlobConditions.IfMatchETag(etag) });
                    return true;
                }
                catch (StorageException e) when (e.IsConflict)
                {
                    // Someone else wrote first: read again and retry.
                }
            }
        });

        Assert.Equal((Contenders * 2).ToString(CultureInfo.InvariantCulture), await ReadTextAsync(container, "counter"));
    }

    [Fact]
    public async Task Exactly_one_racing_add_of_the_same_entity_wins()
    {
        var table = await NewTableAsync();

        var outcomes = await Race.RunAsync(Contenders, async i =>
        {
            try
            {
                await StoreFor(i).Tables.AddAsync(table, new TableEntity("p", "r") { ["Writer"] = i });
                return i;
            }
            catch (StorageException e) when (e.ErrorCode == "EntityAlreadyExists")
            {
                return -1;
            }
        });

        var winner = Assert.Single(outcomes, o => o >= 0);
        Assert.Equal(winner, (await _first.Tables.GetAsync(table, "p", "r"))!.GetInt32("Writer"));
    }

    [Fact]
    public async Task Exactly_one_racing_update_from_the_same_etag_wins()
    {
        var table = await NewTableAsync();
        var etag = await _first.Tables.AddAsync(table, new TableEntity("p", "r") { ["Writer"] = -1 });

        var outcomes = await Race.RunAsync(Contenders, async i =>
        {
            try
            {
                await StoreFor(i).Tables.UpdateAsync(table, new TableEntity("p", "r") { ["Writer"] = i }, etag);
                return true;
            }
            catch (StorageException e) when (e.Status == 412)
            {
                return false;
            }
        });

        Assert.Single(outcomes, won => won);
    }

    [Fact]
    public async Task An_entity_counter_raised_with_etags_by_many_writers_loses_no_update()
    {
        var table = await NewTableAsync();
        await _first.Tables.AddAsync(table, new TableEntity("p", "counter") { ["Value"] = 0 });

        await Race.RunAsync(Contenders * 2, async i =>
        {
            var tables = StoreFor(i).Tables;
            while (true)
            {
                var current = await tables.GetAsync(table, "p", "counter");
                try
                {
                    await tables.UpdateAsync(table, new TableEntity("p", "counter") { ["Value"] = current!.GetInt32("Value") + 1 }, current.ETag!);
                    return true;
                }
                catch (StorageException e) when (e.IsConflict)
                {
                    // Someone else wrote first: read again and retry.
                }
            }
        });

        Assert.Equal(Contenders * 2, (await _first.Tables.GetAsync(table, "p", "counter"))!.GetInt32("Value"));
    }

    private LocalStore StoreFor(int contender) => contender % 2 == 0 ? _first : _second;

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private async Task<string> NewContainerAsync()
    {
        var container = "t" + Guid.NewGuid().ToString("N");
        await _first.Blobs.CreateContainerIfNotExistsAsync(container);
        return container;
    }

    private async Task<string> NewTableAsync()
    {
        var table = "t" + Guid.NewGuid().ToString("N");
        await _first.Tables.CreateTableIfNotExistsAsync(table);
        return table;
    }

    private async Task<string> ReadTextAsync(string container, string name)
    {
        await using var download = await _second.Blobs.DownloadAsync(container, name);
        return await new StreamReader(download!.Content).ReadToEndAsync();
    }
}
