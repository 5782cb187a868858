using System.Security.Cryptography;

namespace Ukspf.Application.Ingest;

/// <summary>
/// An upload copied once to a temporary file while its SHA-256 is computed, so it can be archived, read and copied
/// into feedback without holding it in memory. The file is deleted on dispose.
/// </summary>
public sealed class UploadBuffer : IAsyncDisposable
{
    private readonly FileStream _file;

    private UploadBuffer(FileStream file, string sha256)
    {
        _file = file;
        Sha256 = sha256;
    }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; }

    /// <summary>Length in bytes.</summary>
    public long Length => _file.Length;

    /// <summary>Copies <paramref name="content"/> to a temporary file.</summary>
    public static async Task<UploadBuffer> CopyAsync(Stream content, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "ukspf-upload-" + Guid.NewGuid().ToString("N"));
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            await file.FlushAsync(cancellationToken);
            return new UploadBuffer(file, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh read of the content from the start; valid until the next call or dispose.</summary>
    public Stream Open()
    {
        _file.Position = 0;
        return new NonClosingStream(_file);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _file.DisposeAsync();

    /// <summary>Lets readers dispose their stream without closing the buffer.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
