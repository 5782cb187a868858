using System.Text;
using Ukspf.Storage.Azure;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Tables;
using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

/// <summary>Writers racing on one blob or entity with ETags against Azurite: exactly one wins each round, no update is lost.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureConcurrencyTests(AzuriteFixture azurite)
{
    private const int Writers = 4;
    private const int IncrementsEach = 10;
    private readonly AzureStorage _storage = AzureStorage.FromConnectionString(azurite.ConnectionString);

    [Fact]
    public async Task Two_writers_with_the_same_blob_etag_exactly_one_wins()
    {
        var container = await NewContainerAsync();
        var start = await _storage.Blobs.UploadAsync(container, "status.json", Text("v0"));

        var results = await Task.WhenAll(
            TryUploadAsync(container, "status.json", "writer-a", start.ETag),
            TryUploadAsync(container, "status.json", "writer-b", start.ETag));

        var winner = Assert.Single(results, r => r.Won);
        var loser = Assert.Single(results, r => !r.Won);
        Assert.Equal(412, loser.Status);
        Assert.Equal(winner.Text, await ReadAsync(container, "status.json"));
    }

    [Fact]
    public async Task Racing_create_only_uploads_create_the_blob_exactly_once()
    {
        var container = await NewContainerAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => TryUploadAsync(container, "receipt", $"writer-{i}", null)));

        var winner = Assert.Single(results, r => r.Won);
        Assert.All(results.Where(r => !r.Won), r => Assert.True(r.Status is 409 or 412));
        Assert.Equal(winner.Text, await ReadAsync(container, "receipt"));
    }

    [Fact]
    public async Task Optimistic_blob_counter_loses_no_update_under_contention()
    {
        var container = await NewContainerAsync();
        await _storage.Blobs.UploadAsync(container, "counter", Text("0"));

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => IncrementBlobAsync(container, IncrementsEach)));

        Assert.Equal((Writers * IncrementsEach).ToString(), await ReadAsync(container, "counter"));
    }

    [Fact]
    public async Task Two_writers_with_the_same_entity_etag_exactly_one_wins()
    {
        var table = await NewTableAsync();
        var etag = await _storage.Tables.AddAsync(table, Counter(0));

        var outcomes = await Task.WhenAll(TryUpdateAsync(table, 1, etag), TryUpdateAsync(table, 2, etag));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o == 412);
        var stored = (await _storage.Tables.GetAsync(table, "p", "counter"))!.GetInt32("Value");
        Assert.Contains(stored!.Value, new[] { 1, 2 });
    }

    [Fact]
    public async Task Optimistic_entity_counter_loses_no_update_under_contention()
    {
        var table = await NewTableAsync();
        await _storage.Tables.AddAsync(table, Counter(0));

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => IncrementEntityAsync(table, IncrementsEach)));

        Assert.Equal(Writers * IncrementsEach, (await _storage.Tables.GetAsync(table, "p", "counter"))!.GetInt32("Value"));
    }

    private async Task IncrementBlobAsync(string container, int times)
    {
        for (var done = 0; done < times;)
        {
            var current = await _storage.Blobs.DownloadAsync(container, "counter");
            string text;
            await using (current)
            {
                text = await new StreamReader(current!.Content).ReadToEndAsync();
            }

            var next = (int.Parse(text) + 1).ToString();
            if ((await TryUploadAsync(container, "counter", next, current.Properties.ETag)).Won)
            {
                done++;
            }
        }
    }

    private async Task IncrementEntityAsync(string table, int times)
    {
        for (var done = 0; done < times;)
        {
            var current = (await _storage.Tables.GetAsync(table, "p", "counter"))!;
            if (await TryUpdateAsync(table, current.GetInt32("Value")!.Value + 1, current.ETag!) is null)
            {
                done++;
            }
        }
    }

    private async Task<(bool Won, int Status, string Text)> TryUploadAsync(string container, string name, string text, string? ifMatch)
    {
        var conditions = ifMatch is null ? BlobConditions.IfNoneMatchAny : BlobConditions.IfMatchETag(ifMatch);
        try
        {
            await _storage.Blobs.UploadAsync(container, name, Text(text), new BlobUploadOptions { Conditions = conditions });
            return (true, 201, text);
        }
        catch (StorageException e) when (e.IsConflict)
        {
            return (false, e.Status, text);
        }
    }

    private async Task<int?> TryUpdateAsync(string table, int value, string ifMatch)
    {
        try
        {
            await _storage.Tables.UpdateAsync(table, Counter(value), ifMatch);
            return null;
        }
        catch (StorageException e) when (e.IsConflict)
        {
            return e.Status;
        }
    }

    private static TableEntity Counter(int value) => new("p", "counter") { ["Value"] = value };

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private async Task<string> ReadAsync(string container, string name)
    {
        await using var download = await _storage.Blobs.DownloadAsync(container, name);
        return await new StreamReader(download!.Content).ReadToEndAsync();
    }

    private async Task<string> NewContainerAsync()
    {
        var name = "c" + Guid.NewGuid().ToString("N");
        await _storage.Blobs.CreateContainerIfNotExistsAsync(name);
        return name;
    }

    private async Task<string> NewTableAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N");
        await _storage.Tables.CreateTableIfNotExistsAsync(name);
        return name;
    }
}
