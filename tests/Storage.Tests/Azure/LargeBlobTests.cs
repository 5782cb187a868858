using System.Security.Cryptography;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Ukspf.Storage.Azure;
using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

[Collection(LargeBlobCollection.Name)]
public sealed class LargeBlobTests(AzuriteFixture azurite)
{
    private const long Size = 50L * 1024 * 1024;
    private readonly AzureStorage _storage = AzureStorage.FromConnectionString(azurite.ConnectionString);

    [Fact]
    public async Task A_50_MB_blob_streams_up_in_blocks_and_down_from_the_network_unchanged()
    {
        var container = "c" + Guid.NewGuid().ToString("N");
        await _storage.Blobs.CreateContainerIfNotExistsAsync(container);
        var blockBlob = _storage.BlobService.GetBlobContainerClient(container).GetBlockBlobClient("big.bin");
        var stagedByHalfway = -1;
        using var source = new GeneratedStream(Size, seed: 42, halfway: async () =>
            stagedByHalfway = (await blockBlob.GetBlockListAsync(BlockListTypes.Uncommitted)).Value.UncommittedBlocks.Count());

        var uploaded = await _storage.Blobs.UploadAsync(container, "big.bin", source);
        await using var download = await _storage.Blobs.DownloadAsync(container, "big.bin");
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var (downloadedHash, downloadedLength) = await HashWhileReadingAsync(download!.Content);
        var allocatedReading = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        // Blocks already on the service before the source was half read: the upload does not gather the content first.
        Assert.True(stagedByHalfway > 0, $"{stagedByHalfway} blocks were staged when half the content had been read.");
        Assert.False(download.Content.CanSeek);
        Assert.True(allocatedReading < Size / 10, $"Reading the download allocated {allocatedReading:N0} bytes.");
        Assert.Equal(Size, uploaded.Length);
        Assert.Equal(Size, download.Properties.Length);
        Assert.Equal(Size, downloadedLength);
        Assert.Equal(uploaded.ETag, download.Properties.ETag);
        Assert.Equal(source.Hash(), downloadedHash);
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
