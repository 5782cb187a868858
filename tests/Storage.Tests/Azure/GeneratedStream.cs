using System.Security.Cryptography;

namespace Ukspf.Storage.Tests.Azure;

/// <summary>
/// A forward-only stream of <paramref name="length"/> pseudo-random bytes made on the fly, hashing what it hands out,
/// so large uploads can be tested without holding the content anywhere. <paramref name="halfway"/>, when given, runs
/// once, on the first asynchronous read after half the content has been handed out, and is awaited before that read
/// returns, so a test can look at what the reader has done with the first half.
/// </summary>
internal sealed class GeneratedStream(long length, int seed, Func<Task>? halfway = null) : Stream
{
    private readonly Random _random = new(seed);
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _position;
    private Func<Task>? _halfway = halfway;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    /// <summary>The SHA-256 of everything read so far.</summary>
    public byte[] Hash() => _hash.GetCurrentHash();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, length - _position);
        var chunk = buffer[..n];
        _random.NextBytes(chunk);
        _hash.AppendData(chunk);
        _position += n;
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_halfway is { } check && _position >= length / 2)
        {
            _halfway = null;
            await check();
        }

        return Read(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
