using System.IO.Compression;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// One part of an upload as it unpacks, counted as the bytes arrive: more than its header declares, or than the part
/// or workbook limits allow, stops the read there; fewer is found at its end. A deflated part is inflated to its true
/// end, not cut off at the declared size as the runtime's own stream cuts it, so a header that understates a part is
/// caught rather than hidden. A stream disposed before its end goes back to its package, which reads the rest when it
/// checks every part.
/// </summary>
internal sealed class PartStream : Stream
{
    private readonly Stream _opened;
    private readonly Stream _inner;
    private readonly string _path;
    private readonly long _declared;
    private readonly UploadPackage _package;
    private long _read;
    private bool _ended;
    private bool _released;

    /// <summary>Opens <paramref name="entry"/>, the part at <paramref name="path"/> of <paramref name="package"/>.</summary>
    public PartStream(ZipArchiveEntry entry, string path, UploadPackage package)
    {
        _opened = entry.Open();
        // The runtime inflates a part through a DeflateStream told to stop at the declared size; inflating the same
        // compressed bytes through our own stream reads them to their real end.
        _inner = _opened is DeflateStream deflated ? new DeflateStream(deflated.BaseStream, CompressionMode.Decompress, leaveOpen: true) : _opened;
        _path = path;
        _declared = entry.Length;
        _package = package;
    }

    /// <summary>The part's path in the package.</summary>
    public string PartPath => _path;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty || _ended) return 0;
        var n = _inner.Read(buffer);
        if (n == 0)
        {
            _ended = true;
            if (_read != _declared) throw SizeLies("only");
            _package.Finished(_path);
            return 0;
        }
        _read += n;
        if (_read > _declared) throw SizeLies("at least");
        if (_read > _package.Limits.MaxPartBytes) throw Rejections.PartTooLarge(_path, _package.Limits.MaxPartBytes);
        _package.Count(n);
        return n;
    }

    /// <summary>Reads what is left of the part, checking it as any read does, and lets go of it.</summary>
    public void ReadToEnd(byte[] buffer)
    {
        while (Read(buffer) > 0)
        {
        }
        Release();
    }

    /// <inheritdoc />
    public override void Flush() { }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Closes the runtime's streams under this one.</summary>
    public void Release()
    {
        if (_released) return;
        _released = true;
        if (!ReferenceEquals(_inner, _opened)) _inner.Dispose();
        _opened.Dispose();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_released)
        {
            if (_ended) Release();
            else _package.Unfinished(this);
        }
        base.Dispose(disposing);
    }

    private WorkbookRejectedException SizeLies(string what) => Rejections.Corrupt(new InvalidDataException(
        $"The part {_path} unpacks to {what} {_read:N0} bytes; its header declares {_declared:N0}."));
}
