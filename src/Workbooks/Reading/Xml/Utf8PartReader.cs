using System.Buffers;
using System.Xml;

namespace Ukspf.Workbooks.Reading.Xml;

/// <summary>
/// A forward-only reader over one XML part, working on its UTF-8 bytes: it hands out elements, attributes and text
/// content without turning any markup into strings. Worksheets are nearly all markup, so this is where reading time
/// goes; see ADR-005. It checks what a reader must to refuse a damaged part (tags closed in order, nothing cut off,
/// entities known, valid UTF-8) and refuses DTDs outright, raising <see cref="XmlException"/> as XmlReader would.
/// </summary>
/// <remarks>
/// The part is read in chunks into one pooled buffer: a tag, and the content of an element read with
/// <see cref="ReadContent"/>, must fit in it, and the buffer grows when one does not.
/// </remarks>
internal sealed class Utf8PartReader : IDisposable
{
    private const int InitialBufferBytes = 64 * 1024;
    private static ReadOnlySpan<byte> CdataOpen => "<![CDATA["u8;

    private readonly Stream _part;
    private byte[] _buffer;
    private int _position, _anchor, _end;
    private bool _streamDone, _sawElement;
    private readonly OpenElements _open = new();
    private byte[] _decodedAttribute = [];
    private int _nameStart, _nameEnd, _attributeCount;
    private int[] _attributeBounds = new int[4 * 8];

    /// <summary>A reader over <paramref name="part"/>, transcoding it to UTF-8 first if it is in another encoding; disposes it.</summary>
    public Utf8PartReader(Stream part)
    {
        _part = PartEncoding.AsUtf8(part);
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);
    }

    /// <summary>Whether the current node is an element's start tag (else its end tag).</summary>
    public bool IsElement { get; private set; }

    /// <summary>Whether the current start tag closes itself ("&lt;c/&gt;").</summary>
    public bool IsEmptyElement { get; private set; }

    /// <summary>The number of elements open after the current node.</summary>
    public int Depth => _open.Count;

    /// <summary>Moves to the next start or end tag, passing over text, comments and processing instructions.</summary>
    /// <returns>False at the end of the part.</returns>
    public bool Read()
    {
        while (true)
        {
            _anchor = _position;
            // Tags usually follow each other directly.
            var lt = _position < _end && _buffer[_position] == '<' ? 0 : _buffer.AsSpan(_position, _end - _position).IndexOf((byte)'<');
            if (lt < 0)
            {
                // Text between tags is never wanted, but is kept until its end so that it can be checked whole.
                if (Fill()) continue;
                XmlContent.CheckSkipped(_buffer.AsSpan(_position, _end - _position));
                return Finish();
            }
            if (lt > 0) XmlContent.CheckSkipped(_buffer.AsSpan(_position, lt));
            _position += lt;
            _anchor = _position;
            if (!Need(1)) throw Malformed("The part ends inside a tag.");
            switch (_buffer[_anchor + 1])
            {
                case (byte)'/':
                    ReadEndTag(0);
                    return true;
                case (byte)'?':
                case (byte)'!':
                    // The offset is taken before the anchor is added: finding the end may move the anchor.
                    _position = PastMarkup(0) + _anchor;
                    continue;
                default:
                    ReadStartTag();
                    return true;
            }
        }
    }

    /// <summary>Whether the current tag's local name (without any prefix) is <paramref name="localName"/>.</summary>
    public bool NameIs(ReadOnlySpan<byte> localName) => _buffer.AsSpan(_nameStart, _nameEnd - _nameStart).SequenceEqual(localName);

    /// <summary>
    /// The value of the current start tag's attribute with that name, with no prefix (worksheet attributes have
    /// none), character and entity references decoded. The bytes are only valid until the next call.
    /// </summary>
    public bool TryGetAttribute(ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        var found = -1;
        var bounds = _attributeBounds;
        for (var k = 0; k < _attributeCount * 4; k += 4)
        {
            if (bounds[k + 1] - bounds[k] != name.Length || !_buffer.AsSpan(bounds[k], name.Length).SequenceEqual(name)) continue;
            if (found >= 0) throw Malformed("An attribute is given twice.");
            found = k;
        }
        if (found < 0)
        {
            value = default;
            return false;
        }
        value = _buffer.AsSpan(bounds[found + 2], bounds[found + 3] - bounds[found + 2]);
        if (value.IndexOf((byte)'&') >= 0)
        {
            _decodedAttribute = System.Text.Encoding.UTF8.GetBytes(XmlContent.Decode(value));
            value = _decodedAttribute;
        }
        return true;
    }

    /// <summary>
    /// Reads the text of the current element (text and CDATA, entities decoded, line ends normalised) and moves past
    /// its end tag. An element with child elements is refused, as XmlReader's ReadElementContentAsString refuses it.
    /// </summary>
    public string ReadContent()
    {
        var content = ReadContentBytes(out var plain);
        return plain ? XmlContent.Decode(content) : XmlContent.DecodeMixed(content);
    }

    /// <summary>
    /// Reads the current element's content as its raw bytes and moves past its end tag, as <see cref="ReadContent"/>
    /// does, for a caller that reads the value straight from them (a number, a shared string's index). The bytes
    /// are only valid until the next call. <paramref name="plain"/> is false when they hold CDATA, comments or
    /// processing instructions; entities are never decoded.
    /// </summary>
    public ReadOnlySpan<byte> ReadContentBytes(out bool plain)
    {
        plain = true;
        if (IsEmptyElement) return [];
        _anchor = _position;
        var scan = 0;
        while (true)
        {
            var lt = Find(scan, "<"u8);
            if (lt < 0 || !Need(lt + 1)) throw Malformed("The part ends inside an element.");
            var next = _buffer[_anchor + lt + 1];
            if (next == '/')
            {
                // The anchor stays on the content, so reading the end tag cannot move it out of the buffer.
                ReadEndTag(lt);
                var content = _buffer.AsSpan(_anchor, lt);
                XmlContent.CheckCharacters(content);
                return content;
            }
            if (next != '!' && next != '?') throw Malformed("An element read as a value holds other elements.");
            plain = false;
            scan = PastMarkup(lt);
        }
    }

    /// <summary>
    /// Moves to the next start tag inside an element, at any depth; false once the element's own end tag is read.
    /// <paramref name="depth"/> is the depth outside the element: <see cref="Depth"/> - 1 when on its start tag.
    /// </summary>
    public bool ReadWithin(int depth)
    {
        while (Read())
        {
            if (IsElement) return true;
            if (Depth == depth) return false;
        }
        return false;
    }

    /// <summary>Moves past the end of the current element, whatever it holds.</summary>
    public void Skip()
    {
        if (!IsElement || IsEmptyElement) return;
        var depth = Depth - 1;
        while (Read())
        {
            if (!IsElement && Depth == depth) return;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _part.Dispose();
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    // Tags are short and most of a worksheet is tags, so they are read byte by byte in one pass: the name (noting
    // any prefix), then each attribute's name and quoted value, to the '>'. Attributes are checked as they are met
    // and found again by position when asked for.
    private void ReadStartTag()
    {
        int nameEnd, colon, gt;
        bool empty;
        while (!TryScanStartTag(out nameEnd, out colon, out gt, out empty))
        {
            if (!Fill()) throw Malformed("The part ends inside a tag.");
        }
        var nameStart = _anchor + 1;
        if (nameEnd == nameStart) throw Malformed("A tag has no name.");
        _nameStart = colon + 1;
        _nameEnd = nameEnd;
        IsEmptyElement = empty;
        IsElement = true;
        _sawElement = true;
        if (!empty) _open.Push(_buffer.AsSpan(nameStart, nameEnd - nameStart));
        _position = gt + 1;
    }

    // Reads the end tag `at` bytes after the anchor.
    private void ReadEndTag(int at)
    {
        int nameEnd, colon, gt;
        while (!TryScanEndTag(_anchor + at + 2, out nameEnd, out colon, out gt))
        {
            if (!Fill()) throw Malformed("The part ends inside a tag.");
        }
        var nameStart = _anchor + at + 2;
        if (!_open.Pop(_buffer.AsSpan(nameStart, nameEnd - nameStart))) throw Malformed("An end tag does not match the element it closes.");
        _nameStart = colon + 1;
        _nameEnd = nameEnd;
        _attributeCount = 0;
        IsElement = IsEmptyElement = false;
        _position = gt + 1;
    }

    // False when the buffer ends before the tag does.
    private bool TryScanStartTag(out int nameEnd, out int colon, out int gt, out bool empty)
    {
        var buffer = _buffer;
        var end = _end;
        var i = _anchor + 1;
        colon = i - 1;
        nameEnd = gt = 0;
        empty = false;
        _attributeCount = 0;
        for (; i < end; i++)
        {
            var b = buffer[i];
            if (b <= ' ' || b == '/' || b == '>') break;
            if (b == ':') colon = i;
            else if (b == '<') throw Malformed("A tag is not closed.");
        }
        nameEnd = i;
        while (true)
        {
            while (i < end && buffer[i] <= ' ') i++;
            if (i >= end) return false;
            var b = buffer[i];
            if (b == '>')
            {
                gt = i;
                return true;
            }
            if (b == '/')
            {
                if (i + 1 >= end) return false;
                if (buffer[i + 1] != '>') throw Malformed("A tag is not closed.");
                gt = i + 1;
                empty = true;
                return true;
            }
            var attributeStart = i;
            while (i < end && (b = buffer[i]) > ' ' && b != '=' && b != '>' && b != '/' && b != '<') i++;
            if (i >= end) return false;
            if (i == attributeStart) throw Malformed("A tag is not closed.");
            var attributeEnd = i;
            while (i < end && buffer[i] <= ' ') i++;
            if (i >= end) return false;
            if (buffer[i] != '=') throw Malformed("An attribute has no value.");
            i++;
            while (i < end && buffer[i] <= ' ') i++;
            if (i >= end) return false;
            var quote = buffer[i];
            if (quote != '"' && quote != '\'') throw Malformed("An attribute value is not quoted.");
            var valueStart = ++i;
            for (; i < end && (b = buffer[i]) != quote; i++)
            {
                if (b == '<') throw Malformed("An attribute value holds '<'.");
            }
            if (i >= end) return false;
            AddAttribute(attributeStart, attributeEnd, valueStart, i);
            i++;
        }
    }

    private void AddAttribute(int nameStart, int nameEnd, int valueStart, int valueEnd)
    {
        var k = _attributeCount++ * 4;
        if (k + 4 > _attributeBounds.Length) Array.Resize(ref _attributeBounds, _attributeBounds.Length * 2);
        _attributeBounds[k] = nameStart;
        _attributeBounds[k + 1] = nameEnd;
        _attributeBounds[k + 2] = valueStart;
        _attributeBounds[k + 3] = valueEnd;
    }

    // False when the buffer ends before the tag does.
    private bool TryScanEndTag(int nameStart, out int nameEnd, out int colon, out int gt)
    {
        var buffer = _buffer;
        var end = _end;
        var i = nameStart;
        colon = nameStart - 1;
        nameEnd = gt = 0;
        for (; i < end; i++)
        {
            var b = buffer[i];
            if (b <= ' ' || b == '>') break;
            if (b == ':') colon = i;
            else if (b == '<' || b == '/') throw Malformed("An end tag is not closed.");
        }
        nameEnd = i;
        while (i < end && buffer[i] <= ' ') i++;
        if (i >= end) return false;
        if (buffer[i] != '>') throw Malformed("An end tag is not closed.");
        gt = i;
        return true;
    }

    // The offset just past the processing instruction, comment or CDATA section starting `at`.
    private int PastMarkup(int at)
    {
        if (_buffer[_anchor + at + 1] == '?') return Past(at + 2, "?>"u8);
        if (StartsWith(at, "<!--"u8)) return Past(at + 4, "-->"u8);
        if (StartsWith(at, CdataOpen)) return Past(at + CdataOpen.Length, "]]>"u8);
        // A DTD can declare entities that expand without limit; XmlReader is set to refuse them too.
        throw Malformed("The part has a document type declaration (DTD), which is not allowed.");
    }

    // Offsets below are from the anchor, the start of the token being read, which a refill moves to the buffer's front.

    // The offset just past the first `terminator` at or after `from`.
    private int Past(int from, ReadOnlySpan<byte> terminator)
    {
        var at = Find(from, terminator);
        if (at < 0) throw Malformed("The part ends inside a tag, comment or CDATA section.");
        return at + terminator.Length;
    }

    private int Find(int from, ReadOnlySpan<byte> value)
    {
        while (true)
        {
            var start = _anchor + from;
            var hit = _buffer.AsSpan(start, _end - start).IndexOf(value);
            if (hit >= 0) return from + hit;
            from = Math.Max(from, _end - _anchor - value.Length + 1);
            if (!Fill()) return -1;
        }
    }

    private bool StartsWith(int at, ReadOnlySpan<byte> text) =>
        Need(at + text.Length - 1) && _buffer.AsSpan(_anchor + at, text.Length).SequenceEqual(text);

    // Whether the byte at `offset` is in the buffer, reading more if need be.
    private bool Need(int offset)
    {
        while (_anchor + offset >= _end)
        {
            if (!Fill()) return false;
        }
        return true;
    }

    // Moves the bytes from the anchor on to the buffer's front, growing it when they fill half of it, and reads more
    // after them. False when the part has no more bytes.
    private bool Fill()
    {
        if (_streamDone) return false;
        var keep = _anchor;
        var kept = _end - keep;
        if (kept > _buffer.Length / 2)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(keep, kept).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else if (keep > 0)
        {
            _buffer.AsSpan(keep, kept).CopyTo(_buffer);
        }
        _anchor -= keep;
        _position -= keep;
        _end = kept;
        var read = _part.ReadAtLeast(_buffer.AsSpan(_end), _buffer.Length - _end, throwOnEndOfStream: false);
        _end += read;
        if (read < _buffer.Length - kept) _streamDone = true;
        return read > 0;
    }

    private bool Finish()
    {
        if (Depth > 0) throw Malformed("The part ends before all its elements are closed.");
        if (!_sawElement) throw Malformed("The part holds no XML elements.");
        IsElement = IsEmptyElement = false;
        return false;
    }

    private static XmlException Malformed(string message) => new(message);
}
