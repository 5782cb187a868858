using System.Text;
using Ukspf.Storage.Azure;
using Ukspf.Storage.Blobs;
using Ukspf.Testing.Azurite;
using Xunit;
using GetBlobsOptions = Azure.Storage.Blobs.Models.GetBlobsOptions;

namespace Ukspf.Storage.Tests.Azure;

/// <summary>
/// The blob store over the SDK against Azurite, beyond the contract: listings longer than a service page, what the
/// service itself holds after an upload, stream lengths, and the service's error codes.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobStoreTests(AzuriteFixture azurite)
{
    private readonly AzureStorage _storage = AzureStorage.FromConnectionString(azurite.ConnectionString);

    [Fact]
    public async Task A_listing_longer_than_a_page_follows_the_continuation_to_every_blob_in_name_order()
    {
        var container = await NewContainerAsync();
        // The service's page is 5,000 blobs; uploading that many to Azurite takes half a minute, so this store reads
        // 100 a page and 450 blobs take five pages.
        var store = new AzureBlobStore(_storage.BlobService, listPageSize: 100);
        var names = Enumerable.Range(0, 450).Select(i => $"returns/{i:D5}.xlsx").ToList();
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (name, ct) =>
            await store.UploadAsync(container, name, new MemoryStream([1]), new BlobUploadOptions { Metadata = Council }, ct));
        await store.UploadAsync(container, "other/a.xlsx", new MemoryStream([1]));

        var listed = await store.ListAsync(container, "returns/").ToListAsync();
        var servicePages = await _storage.BlobService.GetBlobContainerClient(container).GetBlobsAsync(new GetBlobsOptions { Prefix = "returns/" }).AsPages(pageSizeHint: 100).CountAsync();

        Assert.Equal(5, servicePages);
        Assert.Equal(names, listed.Select(b => b.Name));
        Assert.All(listed, b => Assert.Equal("E06000001", b.Metadata["council"]));
    }

    [Fact]
    public async Task Content_type_and_metadata_are_stored_on_the_service()
    {
        var container = await NewContainerAsync();
        var options = new BlobUploadOptions
        {
            ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Metadata = new Dictionary<string, string> { ["council"] = "E06000001", ["round"] = "2024-25-Q2" },
        };

        var uploaded = await _storage.Blobs.UploadAsync(container, "return.xlsx", Text("x"), options);
        var stored = (await _storage.BlobService.GetBlobContainerClient(container).GetBlobClient("return.xlsx").GetPropertiesAsync()).Value;

        Assert.Equal(options.ContentType, stored.ContentType);
        Assert.Equal(options.Metadata.OrderBy(m => m.Key), stored.Metadata.OrderBy(m => m.Key));
        Assert.Equal(uploaded.ETag, stored.ETag.ToString("H"));
        Assert.Equal(stored.LastModified, uploaded.LastModified);
    }

    [Fact]
    public async Task An_upload_without_a_content_type_is_stored_as_octet_stream()
    {
        var container = await NewContainerAsync();

        var uploaded = await _storage.Blobs.UploadAsync(container, "a.bin", Text("x"));

        Assert.Equal("application/octet-stream", uploaded.ContentType);
        Assert.Equal("application/octet-stream", (await _storage.Blobs.GetPropertiesAsync(container, "a.bin"))!.ContentType);
    }

    [Fact]
    public async Task An_upload_stores_and_reports_the_rest_of_a_stream_from_its_position()
    {
        var container = await NewContainerAsync();
        var stream = Text("skip:kept");
        stream.Position = 5;

        var uploaded = await _storage.Blobs.UploadAsync(container, "a.txt", stream);

        Assert.Equal(4, uploaded.Length);
        Assert.Equal("kept", await ReadTextAsync(container, "a.txt"));
    }

    [Fact]
    public async Task An_upload_from_a_stream_that_cannot_seek_reports_the_length_it_read()
    {
        var container = await NewContainerAsync();
        using var source = new GeneratedStream(5 * 1024 * 1024 + 3, seed: 7);

        var uploaded = await _storage.Blobs.UploadAsync(container, "a.bin", source);

        Assert.Equal(5 * 1024 * 1024 + 3, uploaded.Length);
        Assert.Equal(uploaded.Length, (await _storage.Blobs.GetPropertiesAsync(container, "a.bin"))!.Length);
    }

    [Fact]
    public async Task Failed_conditions_carry_the_service_error_codes()
    {
        var container = await NewContainerAsync();
        var first = await _storage.Blobs.UploadAsync(container, "once", Text("1"));
        await _storage.Blobs.UploadAsync(container, "once", Text("2"));

        var exists = await Assert.ThrowsAsync<StorageException>(() =>
            _storage.Blobs.UploadAsync(container, "once", Text("3"), new BlobUploadOptions { Conditions = BlobConditions.IfNoneMatchAny }));
        var stale = await Assert.ThrowsAsync<StorageException>(() =>
            _storage.Blobs.UploadAsync(container, "once", Text("3"), new BlobUploadOptions { Conditions = BlobConditions.IfMatchETag(first.ETag) }));
        var staleDelete = await Assert.ThrowsAsync<StorageException>(() => _storage.Blobs.DeleteAsync(container, "once", first.ETag));

        Assert.Equal((409, "BlobAlreadyExists"), (exists.Status, exists.ErrorCode));
        Assert.Equal((412, "ConditionNotMet"), (stale.Status, stale.ErrorCode));
        Assert.Equal((412, "ConditionNotMet"), (staleDelete.Status, staleDelete.ErrorCode));
        Assert.Equal("2", await ReadTextAsync(container, "once"));
    }

    [Fact]
    public async Task A_missing_container_is_reported_as_container_not_found()
    {
        var missing = "c" + Guid.NewGuid().ToString("N");

        var upload = await Assert.ThrowsAsync<StorageException>(() => _storage.Blobs.UploadAsync(missing, "a.txt", Text("x")));
        var list = await Assert.ThrowsAsync<StorageException>(async () => await _storage.Blobs.ListAsync(missing).ToListAsync());

        Assert.Equal((404, "ContainerNotFound"), (upload.Status, upload.ErrorCode));
        Assert.Equal((404, "ContainerNotFound"), (list.Status, list.ErrorCode));
        Assert.IsType<global::Azure.RequestFailedException>(upload.InnerException);
    }

    [Fact]
    public async Task Missing_blobs_read_as_null_and_delete_as_false()
    {
        var container = await NewContainerAsync();

        Assert.Null(await _storage.Blobs.DownloadAsync(container, "none"));
        Assert.Null(await _storage.Blobs.GetPropertiesAsync(container, "none"));
        Assert.False(await _storage.Blobs.DeleteAsync(container, "none"));
        Assert.False(await _storage.Blobs.DeleteAsync("c" + Guid.NewGuid().ToString("N"), "none"));
    }

    [Fact]
    public async Task Names_with_spaces_and_non_ascii_characters_round_trip()
    {
        var container = await NewContainerAsync();
        const string name = "2024-25-Q2/Ynys Môn/return (final) #1.xlsx";

        await _storage.Blobs.UploadAsync(container, name, Text("x"));

        Assert.Equal(name, Assert.Single(await _storage.Blobs.ListAsync(container).ToListAsync()).Name);
        Assert.Equal("x", await ReadTextAsync(container, name));
    }

    [Fact]
    public async Task A_write_the_service_refuses_stops_the_writer_at_its_next_write()
    {
        var missing = "t" + Guid.NewGuid().ToString("N");
        var piece = new byte[64 * 1024];
        const long planned = 256L * 1024 * 1024;
        long written = 0;

        var error = await Assert.ThrowsAsync<StorageException>(() => _storage.Blobs.WriteAsync(missing, "grants.json", (stream, _) =>
        {
            for (; written < planned; written += piece.Length) stream.Write(piece);
            return Task.CompletedTask;
        }));

        // The first block staged is refused; the writer learns of it then, not after writing everything it meant to.
        Assert.Equal(404, error.Status);
        Assert.InRange(written, 1, 64L * 1024 * 1024);
    }

    private static Dictionary<string, string> Council { get; } = new() { ["council"] = "E06000001" };

    private async Task<string> NewContainerAsync()
    {
        var name = "c" + Guid.NewGuid().ToString("N");
        await _storage.Blobs.CreateContainerIfNotExistsAsync(name);
        return name;
    }

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private async Task<string> ReadTextAsync(string container, string name)
    {
        await using var download = await _storage.Blobs.DownloadAsync(container, name);
        return await new StreamReader(download!.Content).ReadToEndAsync();
    }
}
