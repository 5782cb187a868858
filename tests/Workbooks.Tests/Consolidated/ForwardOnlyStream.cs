namespace Ukspf.Workbooks.Tests.Consolidated;

/// <summary>A write-only stream that cannot seek or tell its position, like an upload; keeps what it was given.</summary>
public sealed class ForwardOnlyStream : Stream
{
    private readonly MemoryStream _written = new();

    public byte[] Written => _written.ToArray();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => _written.Write(buffer, offset, count);
    public override void Write(ReadOnlySpan<byte> buffer) => _written.Write(buffer);
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
