namespace Ukspf.Storage.Blobs;

/// <summary>
/// The blob operations the pipeline uses, shaped like Azure Blob Storage. Implemented by the embedded local store
/// and by <see cref="Azure.AzureBlobStore"/> over the Azure Blob Storage SDK, so the pipeline runs unchanged on either.
/// </summary>
public interface IBlobStore
{
    /// <summary>Creates the container if it does not exist.</summary>
    Task CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uploads a blob. With <see cref="BlobConditions.IfNoneMatchAny"/> it only creates; with
    /// <see cref="BlobConditions.IfMatch"/> it only replaces that version.
    /// </summary>
    /// <returns>The new blob's properties (ETag, length, last modified).</returns>
    /// <exception cref="StorageException">Status 412 (ConditionNotMet) or 409 (BlobAlreadyExists) when a condition fails; 404 when the container is missing.</exception>
    Task<BlobProperties> UploadAsync(string container, string name, Stream content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a blob from what <paramref name="write"/> writes into the stream it is given, passing it on as it comes
    /// rather than holding the whole content. The new version appears whole once <paramref name="write"/> has
    /// returned, under the same conditions as <see cref="UploadAsync"/>; until then readers see the previous one, and
    /// if <paramref name="write"/> throws, nothing is written and its exception is thrown.
    /// </summary>
    /// <param name="container">The container.</param>
    /// <param name="name">The blob's name.</param>
    /// <param name="write">Writes the content; the stream is the store's, forward only, and must be left open.</param>
    /// <param name="options">Content type, metadata and conditions, as for an upload.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is written then.</param>
    /// <returns>The new blob's properties (ETag, length, last modified).</returns>
    /// <exception cref="StorageException">As for <see cref="UploadAsync"/>; it may stop <paramref name="write"/> before it has finished.</exception>
    Task<BlobProperties> WriteAsync(string container, string name, Func<Stream, CancellationToken, Task> write, BlobUploadOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Opens a blob for reading, or returns null when it does not exist. The caller disposes the download.</summary>
    Task<BlobDownload?> DownloadAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>The blob's properties, or null when it does not exist.</summary>
    Task<BlobProperties?> GetPropertiesAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>Lists the blobs whose names start with <paramref name="prefix"/>, in name order.</summary>
    IAsyncEnumerable<BlobProperties> ListAsync(string container, string? prefix = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a blob; returns false when it did not exist.</summary>
    /// <exception cref="StorageException">Status 412 when <paramref name="ifMatch"/> is given and does not match.</exception>
    Task<bool> DeleteAsync(string container, string name, string? ifMatch = null, CancellationToken cancellationToken = default);
}
