using System.Security.Cryptography;
using System.Text;
using Azure;
using Ukspf.Storage.Azure;
using Ukspf.Storage.Blobs;
using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

/// <summary>The Blob client against Azurite: large streams both ways, paging, leases and error codes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobClientTests(AzuriteFixture azurite)
{
    private readonly AzureStorage _storage = AzureStorage.FromConnectionString(azurite.ConnectionString);

    [Fact]
    public async Task A_50_MB_blob_streams_up_from_a_generator_and_down_through_a_hash_unchanged()
    {
        const long size = 50L * 1024 * 1024;
        var container = await NewContainerAsync();
        using var source = new GeneratedStream(size, seed: 42);

        var uploaded = await _storage.Blobs.UploadAsync(container, "big.bin", source, new BlobUploadOptions { ContentType = "application/octet-stream" });
        await using var download = await _storage.Blobs.DownloadAsync(container, "big.bin");
        var (downloadedHash, downloadedLength) = await HashWhileReadingAsync(download!.Content);

        Assert.Equal(size, uploaded.Length);
        Assert.Equal(size, download.Properties.Length);
        Assert.Equal(size, downloadedLength);
        Assert.Equal(source.Hash(), downloadedHash);
    }

    [Fact]
    public async Task Six_thousand_blobs_list_completely_in_order_across_pages()
    {
        var container = await NewContainerAsync();
        var names = Enumerable.Range(0, 6000).Select(i => $"returns/{i:D5}.xlsx").ToList();
        await Parallel.ForEachAsync(names, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (name, ct) =>
            await _storage.Blobs.UploadAsync(container, name, new MemoryStream([1]), cancellationToken: ct));
        var client = _storage.BlobService.GetBlobContainerClient(container);

        var listed = await _storage.Blobs.ListAsync(container, "returns/").Select(b => b.Name).ToListAsync();
        var defaultPages = await client.GetBlobsAsync().AsPages().Select(p => p.Values.Count).ToListAsync();
        var smallPages = await client.GetBlobsAsync("returns/01").AsPages(pageSizeHint: 400).ToListAsync();

        Assert.Equal(names, listed);
        Assert.Equal([5000, 1000], defaultPages);
        Assert.Equal([400, 400, 200], smallPages.Select(p => p.Values.Count));
        Assert.All(smallPages.SkipLast(1), p => Assert.False(string.IsNullOrEmpty(p.ContinuationToken)));
        Assert.Null(smallPages[^1].ContinuationToken);
    }

    [Fact]
    public async Task Listing_resumes_from_a_continuation_token()
    {
        var container = await NewContainerAsync();
        foreach (var name in new[] { "a", "b", "c", "d", "e" })
        {
            await _storage.Blobs.UploadAsync(container, name, new MemoryStream([1]));
        }

        var client = _storage.BlobService.GetBlobContainerClient(container);
        var first = await client.GetBlobsAsync().AsPages(pageSizeHint: 2).FirstAsync();
        var rest = await client.GetBlobsAsync().AsPages(first.ContinuationToken, pageSizeHint: 2).SelectMany(p => p.Values.ToAsyncEnumerable()).ToListAsync();

        Assert.Equal(["a", "b"], first.Values.Select(b => b.Name));
        Assert.Equal(["c", "d", "e"], rest.Select(b => b.Name));
    }

    [Fact]
    public async Task Breaking_a_lease_lets_another_holder_take_it()
    {
        var container = await NewContainerAsync();
        var blob = _storage.BlobService.GetBlobContainerClient(container).GetBlobClient("locks/reconcile");
        await blob.UploadAsync(new MemoryStream());
        var held = (await blob.AcquireLeaseAsync(TimeSpan.FromSeconds(60))).Value;

        var whileHeld = await Assert.ThrowsAsync<RequestFailedException>(() => blob.AcquireLeaseAsync(TimeSpan.FromSeconds(15)));
        var remaining = (await blob.BreakLeaseAsync(TimeSpan.Zero)).Value;
        var taken = (await blob.AcquireLeaseAsync(TimeSpan.FromSeconds(15))).Value;
        var renewByOld = await Assert.ThrowsAsync<RequestFailedException>(() => blob.RenewLeaseAsync(held));
        await blob.RenewLeaseAsync(taken);
        await blob.ReleaseLeaseAsync(taken);

        Assert.Equal(409, whileHeld.Status);
        Assert.Equal("LeaseAlreadyPresent", whileHeld.ErrorCode);
        Assert.Equal(TimeSpan.Zero, remaining);
        Assert.NotEqual(held, taken);
        Assert.Equal(409, renewByOld.Status);
    }

    [Fact]
    public async Task A_proposed_lease_id_is_the_one_granted()
    {
        var container = await NewContainerAsync();
        var blob = _storage.BlobService.GetBlobContainerClient(container).GetBlobClient("lock");
        await blob.UploadAsync(new MemoryStream());
        var proposed = Guid.NewGuid().ToString();

        var granted = (await blob.AcquireLeaseAsync(Timeout.InfiniteTimeSpan, proposed)).Value;

        Assert.Equal(proposed, granted);
    }

    [Fact]
    public async Task Client_errors_carry_the_service_error_code()
    {
        var container = await NewContainerAsync();
        var client = _storage.BlobService.GetBlobContainerClient(container);

        var missingBlob = await Assert.ThrowsAsync<RequestFailedException>(() => client.GetBlobClient("none").DownloadStreamingAsync());
        var missingContainer = await Assert.ThrowsAsync<RequestFailedException>(() =>
            _storage.BlobService.GetBlobContainerClient("c" + Guid.NewGuid().ToString("N")).GetBlobClient("x").UploadAsync(new MemoryStream([1])));
        await client.GetBlobClient("once").UploadAsync(new MemoryStream([1]));
        var exists = await Assert.ThrowsAsync<RequestFailedException>(() =>
            client.GetBlobClient("once").UploadAsync(new MemoryStream([2]), new BlobUploadOptions { Conditions = BlobConditions.IfNoneMatchAny }));

        Assert.Equal((404, "BlobNotFound"), (missingBlob.Status, missingBlob.ErrorCode));
        Assert.Equal((404, "ContainerNotFound"), (missingContainer.Status, missingContainer.ErrorCode));
        Assert.Equal(409, exists.Status);
        Assert.Equal("BlobAlreadyExists", exists.ErrorCode);
    }

    [Fact]
    public async Task Creating_a_container_reports_whether_this_call_created_it()
    {
        var client = _storage.BlobService.GetBlobContainerClient("c" + Guid.NewGuid().ToString("N"));

        var first = (await client.CreateIfNotExistsAsync()).Value;
        var second = (await client.CreateIfNotExistsAsync()).Value;
        var deleted = (await client.DeleteIfExistsAsync()).Value;

        Assert.True(first);
        Assert.False(second);
        Assert.True(deleted);
    }

    [Fact]
    public async Task Names_with_spaces_and_non_ascii_characters_round_trip()
    {
        var container = await NewContainerAsync();
        const string name = "2024-25-Q2/Ynys Môn/return (final) #1.xlsx";

        await _storage.Blobs.UploadAsync(container, name, new MemoryStream(Encoding.UTF8.GetBytes("x")));

        Assert.Equal(name, Assert.Single(await _storage.Blobs.ListAsync(container).ToListAsync()).Name);
        Assert.NotNull(await _storage.Blobs.GetPropertiesAsync(container, name));
    }

    private async Task<string> NewContainerAsync()
    {
        var name = "c" + Guid.NewGuid().ToString("N");
        await _storage.Blobs.CreateContainerIfNotExistsAsync(name);
        return name;
    }

    private static async Task<(byte[] Hash, long Length)> HashWhileReadingAsync(Stream content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while ((n = await content.ReadAsync(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, n);
            total += n;
        }

        return (hash.GetCurrentHash(), total);
    }
}
