using System.Text;
using Ukspf.Storage.Blobs;
using Xunit;

namespace Ukspf.Storage.Tests.Contract;

/// <summary>
/// What every <see cref="IBlobStore"/> must do. A subclass supplies the store; each test works in a container of
/// its own, so one store may serve every test.
/// </summary>
public abstract class BlobStoreContract
{
    protected abstract IBlobStore Store { get; }

    [Fact]
    public async Task Create_only_upload_creates_a_missing_blob()
    {
        var container = await NewContainerAsync();

        var created = await Store.UploadAsync(container, "a.txt", Text("first"), CreateOnly());

        Assert.Equal("a.txt", created.Name);
        Assert.Equal(5, created.Length);
        Assert.False(string.IsNullOrEmpty(created.ETag));
        Assert.Equal("first", await ReadTextAsync(container, "a.txt"));
    }

    [Fact]
    public async Task Create_only_upload_fails_as_a_conflict_when_the_blob_exists()
    {
        var container = await NewContainerAsync();
        await Store.UploadAsync(container, "a.txt", Text("first"));

        var error = await Assert.ThrowsAsync<StorageException>(() => Store.UploadAsync(container, "a.txt", Text("second"), CreateOnly()));

        Assert.True(error.IsConflict);
        Assert.Equal("first", await ReadTextAsync(container, "a.txt"));
    }

    [Fact]
    public async Task Every_write_gives_the_blob_a_new_etag()
    {
        var container = await NewContainerAsync();

        var first = await Store.UploadAsync(container, "a.txt", Text("one"));
        var second = await Store.UploadAsync(container, "a.txt", Text("one"));

        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal(second.ETag, (await Store.GetPropertiesAsync(container, "a.txt"))!.ETag);
    }

    [Fact]
    public async Task Upload_with_the_current_etag_replaces_the_blob()
    {
        var container = await NewContainerAsync();
        var first = await Store.UploadAsync(container, "a.txt", Text("one"));

        var second = await Store.UploadAsync(container, "a.txt", Text("two"), IfMatch(first.ETag));

        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal("two", await ReadTextAsync(container, "a.txt"));
    }

    [Fact]
    public async Task Upload_with_a_stale_etag_fails_and_keeps_the_newer_content()
    {
        var container = await NewContainerAsync();
        var stale = await Store.UploadAsync(container, "a.txt", Text("one"));
        await Store.UploadAsync(container, "a.txt", Text("two"));

        var error = await Assert.ThrowsAsync<StorageException>(() => Store.UploadAsync(container, "a.txt", Text("three"), IfMatch(stale.ETag)));

        Assert.Equal(412, error.Status);
        Assert.True(error.IsConflict);
        Assert.Equal("two", await ReadTextAsync(container, "a.txt"));
    }

    [Fact]
    public async Task Upload_into_a_missing_container_fails_with_not_found()
    {
        var missing = NewName();

        var error = await Assert.ThrowsAsync<StorageException>(() => Store.UploadAsync(missing, "a.txt", Text("x")));

        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task Creating_a_container_twice_is_harmless()
    {
        var container = await NewContainerAsync();
        await Store.UploadAsync(container, "a.txt", Text("kept"));

        await Store.CreateContainerIfNotExistsAsync(container);

        Assert.Equal("kept", await ReadTextAsync(container, "a.txt"));
    }

    [Fact]
    public async Task Download_streams_the_content_back_exactly()
    {
        var container = await NewContainerAsync();
        var content = new byte[3 * 1024 * 1024 + 17];
        new Random(20240401).NextBytes(content);
        var uploaded = await Store.UploadAsync(container, "big/file.bin", new MemoryStream(content));

        await using var download = await Store.DownloadAsync(container, "big/file.bin");
        using var copy = new MemoryStream();
        await download!.Content.CopyToAsync(copy);

        Assert.Equal(content, copy.ToArray());
        Assert.Equal(uploaded.ETag, download.Properties.ETag);
        Assert.Equal(content.Length, download.Properties.Length);
    }

    [Fact]
    public async Task Download_and_properties_of_a_missing_blob_are_null()
    {
        var container = await NewContainerAsync();

        Assert.Null(await Store.DownloadAsync(container, "missing.txt"));
        Assert.Null(await Store.GetPropertiesAsync(container, "missing.txt"));
    }

    [Fact]
    public async Task Content_type_and_metadata_round_trip()
    {
        var container = await NewContainerAsync();
        var options = new BlobUploadOptions
        {
            ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Metadata = new Dictionary<string, string> { ["council"] = "E06000001", ["round"] = "2024-25-Q2" },
        };

        await Store.UploadAsync(container, "return.xlsx", Text("x"), options);
        var properties = await Store.GetPropertiesAsync(container, "return.xlsx");
        await using var download = await Store.DownloadAsync(container, "return.xlsx");
        var listed = Assert.Single(await Store.ListAsync(container).ToListAsync());

        foreach (var seen in new[] { properties!, download!.Properties, listed })
        {
            Assert.Equal(options.ContentType, seen.ContentType);
            Assert.Equal("E06000001", seen.Metadata["council"]);
            Assert.Equal("2024-25-Q2", seen.Metadata["round"]);
        }
    }

    [Fact]
    public async Task List_by_prefix_returns_only_matching_blobs_in_name_order()
    {
        var container = await NewContainerAsync();
        foreach (var name in new[] { "r2/b.xlsx", "r1/z.xlsx", "r1/a/2.xlsx", "r10/x.xlsx", "r1/a/1.xlsx", "r1-old.xlsx" })
        {
            await Store.UploadAsync(container, name, Text(name));
        }

        var names = await Store.ListAsync(container, "r1/").Select(b => b.Name).ToListAsync();

        Assert.Equal(["r1/a/1.xlsx", "r1/a/2.xlsx", "r1/z.xlsx"], names);
    }

    [Fact]
    public async Task List_without_prefix_returns_every_blob_with_its_properties()
    {
        var container = await NewContainerAsync();
        var b = await Store.UploadAsync(container, "b", Text("bb"));
        var a = await Store.UploadAsync(container, "a", Text("a"));

        var listed = await Store.ListAsync(container).ToListAsync();

        Assert.Equal(["a", "b"], listed.Select(x => x.Name));
        Assert.Equal([a.ETag, b.ETag], listed.Select(x => x.ETag));
        Assert.Equal([1L, 2L], listed.Select(x => x.Length));
    }

    [Fact]
    public async Task Delete_removes_the_blob_and_reports_whether_it_existed()
    {
        var container = await NewContainerAsync();
        await Store.UploadAsync(container, "a/b.txt", Text("x"));

        var first = await Store.DeleteAsync(container, "a/b.txt");
        var second = await Store.DeleteAsync(container, "a/b.txt");

        Assert.True(first);
        Assert.False(second);
        Assert.Null(await Store.GetPropertiesAsync(container, "a/b.txt"));
        Assert.Empty(await Store.ListAsync(container).ToListAsync());
    }

    [Fact]
    public async Task Delete_with_a_stale_etag_fails_and_keeps_the_blob()
    {
        var container = await NewContainerAsync();
        var stale = await Store.UploadAsync(container, "a.txt", Text("one"));
        var current = await Store.UploadAsync(container, "a.txt", Text("two"));

        var error = await Assert.ThrowsAsync<StorageException>(() => Store.DeleteAsync(container, "a.txt", stale.ETag));
        var deleted = await Store.DeleteAsync(container, "a.txt", current.ETag);

        Assert.Equal(412, error.Status);
        Assert.True(deleted);
    }

    [Fact]
    public async Task Write_stores_what_the_writer_writes_in_pieces_sync_and_async()
    {
        var container = await NewContainerAsync();
        // More than two of the Azure adapter's 4 MiB blocks, and not a whole number of them.
        var content = Bytes(9 * 1024 * 1024 + 13, seed: 7);
        var options = new BlobUploadOptions { ContentType = "text/csv; charset=utf-8", Metadata = new Dictionary<string, string> { ["round"] = "2025-26-Q3" } };

        var written = await Store.WriteAsync(container, "published/grants.csv", async (stream, ct) =>
        {
            for (var at = 0; at < content.Length; at += 100_003)
            {
                var piece = content.AsMemory(at, Math.Min(100_003, content.Length - at));
                if (at % 2 == 0) stream.Write(piece.Span);
                else await stream.WriteAsync(piece, ct);
            }
        }, options);

        var properties = await Store.GetPropertiesAsync(container, "published/grants.csv");
        Assert.Equal(content.Length, written.Length);
        Assert.Equal(properties!.ETag, written.ETag);
        Assert.Equal(options.ContentType, properties.ContentType);
        Assert.Equal("2025-26-Q3", properties.Metadata["round"]);
        Assert.Equal(content, await ReadBytesAsync(container, "published/grants.csv"));
    }

    [Fact]
    public async Task Readers_see_the_previous_version_until_the_write_returns()
    {
        var container = await NewContainerAsync();
        await Store.UploadAsync(container, "latest.json", Text("previous"));
        var content = Bytes(5 * 1024 * 1024, seed: 8);
        string? seenWhileWriting = null;

        await Store.WriteAsync(container, "latest.json", async (stream, ct) =>
        {
            await stream.WriteAsync(content, ct);
            seenWhileWriting = await ReadTextAsync(container, "latest.json");
        });

        Assert.Equal("previous", seenWhileWriting);
        Assert.Equal(content, await ReadBytesAsync(container, "latest.json"));
    }

    [Fact]
    public async Task A_writer_that_throws_writes_nothing_and_its_exception_is_thrown()
    {
        var container = await NewContainerAsync();
        await Store.UploadAsync(container, "kept.json", Text("previous"));
        static async Task FailHalfway(Stream stream, CancellationToken ct)
        {
            await stream.WriteAsync(Bytes(5 * 1024 * 1024, seed: 9), ct);
            throw new InvalidOperationException("The grants could not be written.");
        }

        var replacing = await Assert.ThrowsAsync<InvalidOperationException>(() => Store.WriteAsync(container, "kept.json", FailHalfway));
        var creating = await Assert.ThrowsAsync<InvalidOperationException>(() => Store.WriteAsync(container, "new.json", FailHalfway));

        Assert.Equal("The grants could not be written.", replacing.Message);
        Assert.Equal(replacing.Message, creating.Message);
        Assert.Equal("previous", await ReadTextAsync(container, "kept.json"));
        Assert.Null(await Store.GetPropertiesAsync(container, "new.json"));
    }

    [Fact]
    public async Task Create_only_write_fails_as_a_conflict_when_the_blob_exists()
    {
        var container = await NewContainerAsync();
        await Store.UploadAsync(container, "a.txt", Text("first"));

        var error = await Assert.ThrowsAsync<StorageException>(() => Store.WriteAsync(container, "a.txt", WriteText("second"), CreateOnly()));
        var created = await Store.WriteAsync(container, "b.txt", WriteText("new"), CreateOnly());

        Assert.True(error.IsConflict);
        Assert.Equal("first", await ReadTextAsync(container, "a.txt"));
        Assert.Equal(3, created.Length);
        Assert.Equal("new", await ReadTextAsync(container, "b.txt"));
    }

    [Fact]
    public async Task Write_with_a_stale_etag_fails_and_keeps_the_newer_content()
    {
        var container = await NewContainerAsync();
        var stale = await Store.UploadAsync(container, "a.txt", Text("one"));
        await Store.UploadAsync(container, "a.txt", Text("two"));

        var error = await Assert.ThrowsAsync<StorageException>(() => Store.WriteAsync(container, "a.txt", WriteText("three"), IfMatch(stale.ETag)));

        Assert.Equal(412, error.Status);
        Assert.Equal("two", await ReadTextAsync(container, "a.txt"));
    }

    [Fact]
    public async Task Write_into_a_missing_container_fails_with_not_found()
    {
        var missing = NewName();

        var small = await Assert.ThrowsAsync<StorageException>(() => Store.WriteAsync(missing, "a.txt", WriteText("x")));
        var large = await Assert.ThrowsAsync<StorageException>(() => Store.WriteAsync(missing, "b.bin", (stream, ct) => stream.WriteAsync(Bytes(9 * 1024 * 1024, seed: 10), ct).AsTask()));

        Assert.Equal(404, small.Status);
        Assert.Equal(404, large.Status);
    }

    protected static string NewName() => "t" + Guid.NewGuid().ToString("N");

    protected async Task<string> NewContainerAsync()
    {
        var container = NewName();
        await Store.CreateContainerIfNotExistsAsync(container);
        return container;
    }

    protected static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    protected static Func<Stream, CancellationToken, Task> WriteText(string text) =>
        (stream, ct) => stream.WriteAsync(Encoding.UTF8.GetBytes(text), ct).AsTask();

    protected static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    protected static BlobUploadOptions CreateOnly() => new() { Conditions = BlobConditions.IfNoneMatchAny };

    protected static BlobUploadOptions IfMatch(string etag) => new() { Conditions = BlobConditions.IfMatchETag(etag) };

    protected async Task<string> ReadTextAsync(string container, string name)
    {
        await using var download = await Store.DownloadAsync(container, name);
        using var reader = new StreamReader(download!.Content, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    protected async Task<byte[]> ReadBytesAsync(string container, string name)
    {
        await using var download = await Store.DownloadAsync(container, name);
        using var copy = new MemoryStream();
        await download!.Content.CopyToAsync(copy);
        return copy.ToArray();
    }
}
