using System.Text;
using System.Xml;

namespace Ukspf.Workbooks.Reading.Xml;

/// <summary>
/// Finds a part's encoding from its byte order mark or XML declaration. Spreadsheet writers use UTF-8, which is read
/// as it is; a part in UTF-16 or another encoding .NET knows is transcoded to UTF-8 as it is read.
/// </summary>
internal static class PartEncoding
{
    private const int HeadBytes = 256;

    /// <summary>The part's bytes as UTF-8; the stream returned owns <paramref name="part"/>.</summary>
    /// <exception cref="XmlException">The part declares an encoding that cannot be read.</exception>
    public static Stream AsUtf8(Stream part)
    {
        var head = new byte[HeadBytes];
        var length = part.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var whole = new PrefixedStream(head.AsMemory(0, length), part);
        var encoding = Sniff(head.AsSpan(0, length));
        return encoding is null ? whole : Encoding.CreateTranscodingStream(whole, encoding, Encoding.UTF8);
    }

    private static Encoding? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith("<\0?\0"u8)) return Encoding.Unicode;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith("\0<\0?"u8)) return Encoding.BigEndianUnicode;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return null;
        if (!head.StartsWith("<?xml"u8)) return null;
        var declaration = head[..Math.Max(head.IndexOf("?>"u8), 0)];
        var at = declaration.IndexOf("encoding"u8);
        if (at < 0) return null;
        var rest = declaration[(at + "encoding".Length)..].TrimStart(" \t\r\n="u8);
        if (rest.IsEmpty || (rest[0] != '"' && rest[0] != '\'')) return null;
        var close = rest[1..].IndexOf(rest[0]);
        var name = Encoding.ASCII.GetString(rest.Slice(1, close < 0 ? rest.Length - 1 : close));
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException e)
        {
            throw new XmlException($"The part is in the '{name}' encoding, which cannot be read.", e);
        }
    }

    /// <summary>Bytes already read from a stream, then the rest of it.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (prefix.IsEmpty) return rest.Read(buffer);
            var n = Math.Min(prefix.Length, buffer.Length);
            prefix.Span[..n].CopyTo(buffer);
            prefix = prefix[n..];
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) rest.Dispose();
            base.Dispose(disposing);
        }
    }
}
