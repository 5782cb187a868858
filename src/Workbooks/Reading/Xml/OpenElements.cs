namespace Ukspf.Workbooks.Reading.Xml;

/// <summary>
/// The names of the elements open at a point in a part, innermost last, kept one after another in one buffer, so
/// that each end tag can be checked against the start tag it closes without a string per element.
/// </summary>
internal sealed class OpenElements
{
    private byte[] _names = new byte[256];
    private int[] _ends = new int[16];

    /// <summary>How many elements are open.</summary>
    public int Count { get; private set; }

    /// <summary>Opens an element with this qualified name.</summary>
    public void Push(ReadOnlySpan<byte> qualifiedName)
    {
        var start = Count == 0 ? 0 : _ends[Count - 1];
        if (start + qualifiedName.Length > _names.Length) Array.Resize(ref _names, Math.Max(_names.Length * 2, start + qualifiedName.Length));
        if (Count == _ends.Length) Array.Resize(ref _ends, _ends.Length * 2);
        qualifiedName.CopyTo(_names.AsSpan(start));
        _ends[Count++] = start + qualifiedName.Length;
    }

    /// <summary>Closes the innermost element; false when it has another name or none is open.</summary>
    public bool Pop(ReadOnlySpan<byte> qualifiedName)
    {
        if (Count == 0) return false;
        var start = Count == 1 ? 0 : _ends[Count - 2];
        if (!_names.AsSpan(start, _ends[Count - 1] - start).SequenceEqual(qualifiedName)) return false;
        Count--;
        return true;
    }
}
