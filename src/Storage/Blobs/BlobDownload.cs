namespace Ukspf.Storage.Blobs;

/// <summary>An open blob: its properties and a stream of its content, read without buffering the whole blob.</summary>
public sealed class BlobDownload : IAsyncDisposable, IDisposable
{
    /// <summary>Wraps an open content stream.</summary>
    public BlobDownload(BlobProperties properties, Stream content)
    {
        Properties = properties;
        Content = content;
    }

    /// <summary>The blob's properties at the time it was opened.</summary>
    public BlobProperties Properties { get; }

    /// <summary>The content; forward-only for remote stores.</summary>
    public Stream Content { get; }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Content.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => Content.Dispose();
}
