using System.Text;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Tests.Contract;
using Xunit;

namespace Ukspf.Storage.Tests.Local;

public sealed class LocalBlobStoreTests(LocalStoreFixture fixture) : BlobStoreContract, IClassFixture<LocalStoreFixture>
{
    protected override IBlobStore Store => fixture.Store.Blobs;

    [Fact]
    public async Task Keeps_each_blob_as_a_file_under_the_root()
    {
        var container = await NewContainerAsync();

        await Store.UploadAsync(container, "2024-25-Q2/E06000001/return.xlsx", Text("workbook"));

        var file = Path.Combine(fixture.RootPath, "blobs", container, "2024-25-Q2", "E06000001", "return.xlsx");
        Assert.Equal("workbook", await File.ReadAllTextAsync(file));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("a/../../escape.txt")]
    [InlineData("a/./b.txt")]
    [InlineData("/absolute.txt")]
    [InlineData("a//b.txt")]
    [InlineData("a\\b.txt")]
    [InlineData("..")]
    public async Task Rejects_names_that_could_leave_the_container(string name)
    {
        var container = await NewContainerAsync();

        var upload = await Assert.ThrowsAsync<StorageException>(() => Store.UploadAsync(container, name, Text("x")));
        var download = await Assert.ThrowsAsync<StorageException>(() => Store.DownloadAsync(container, name));

        Assert.Equal(400, upload.Status);
        Assert.Equal(400, download.Status);
        Assert.False(File.Exists(Path.Combine(fixture.RootPath, "blobs", "escape.txt")));
    }

    [Fact]
    public async Task Rejects_a_blob_named_like_another_blobs_folder()
    {
        var container = await NewContainerAsync();
        await Store.UploadAsync(container, "a/b.txt", Text("x"));

        var error = await Assert.ThrowsAsync<StorageException>(() => Store.UploadAsync(container, "a", Text("y")));

        Assert.Equal(400, error.Status);
        Assert.False(error.IsConflict);
    }

    [Fact]
    public async Task Delete_removes_the_folders_it_leaves_empty()
    {
        var container = await NewContainerAsync();
        await Store.UploadAsync(container, "x/y/z.txt", Text("x"));

        await Store.DeleteAsync(container, "x/y/z.txt");

        Assert.False(Directory.Exists(Path.Combine(fixture.RootPath, "blobs", container, "x")));
        Assert.True(Directory.Exists(Path.Combine(fixture.RootPath, "blobs", container)));
    }

    [Fact]
    public async Task A_failed_conditional_upload_leaves_no_temporary_file()
    {
        var container = await NewContainerAsync();
        await Store.UploadAsync(container, "a.txt", Text("x"));
        var before = Directory.GetFiles(Path.Combine(fixture.RootPath, "tmp")).Length;

        await Assert.ThrowsAsync<StorageException>(() => Store.UploadAsync(container, "a.txt", Text("y"), CreateOnly()));

        Assert.Equal(before, Directory.GetFiles(Path.Combine(fixture.RootPath, "tmp")).Length);
    }

    [Fact]
    public async Task A_download_keeps_the_content_it_opened_while_the_blob_is_replaced()
    {
        var container = await NewContainerAsync();
        await Store.UploadAsync(container, "a.txt", Text("before"));

        await using var download = await Store.DownloadAsync(container, "a.txt");
        await Store.UploadAsync(container, "a.txt", Text("after, and longer"));
        using var reader = new StreamReader(download!.Content, Encoding.UTF8);

        Assert.Equal("before", await reader.ReadToEndAsync());
        Assert.Equal("after, and longer", await ReadTextAsync(container, "a.txt"));
    }

    [Fact]
    public async Task Blobs_survive_reopening_the_root()
    {
        var container = await NewContainerAsync();
        var written = await Store.UploadAsync(container, "a.txt", Text("kept"), new BlobUploadOptions { ContentType = "text/plain" });

        using var reopened = Ukspf.Storage.Local.LocalStore.Open(fixture.RootPath, fixture.Clock);
        var read = await reopened.Blobs.GetPropertiesAsync(container, "a.txt");

        Assert.Equal(written, read! with { Metadata = written.Metadata });
    }
}
