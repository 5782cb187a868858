using System.IO.Compression;
using System.Text;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// An upload opened as a zip package after every check that needs no XML: size, signature (legacy .xls,
/// password-protected, not a zip), entry names, macros and zip-bomb sizes. Parts are read through a
/// <see cref="PartStream"/> that counts what it unpacks, so a header that lies about sizes is caught as the bytes
/// arrive; <see cref="CheckEveryPart"/> then reads whatever was not read, so no part goes unchecked.
/// </summary>
internal sealed class UploadPackage : IDisposable
{
    private const string ContentTypesPart = "[Content_Types].xml";
    private const int DrainBufferBytes = 64 * 1024;
    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly HashSet<string> _finished = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PartStream> _unfinished = [];
    private readonly Stream? _ownedCopy;
    private long _unpacked;

    private UploadPackage(ZipArchive archive, Dictionary<string, ZipArchiveEntry> entries, Stream? ownedCopy, ReaderLimits limits)
    {
        _archive = archive;
        _entries = entries;
        _ownedCopy = ownedCopy;
        Limits = limits;
    }

    /// <summary>The limits every part is read within.</summary>
    public ReaderLimits Limits { get; }

    /// <summary>Checks the upload and opens it; the caller disposes the package. The content stream is left open.</summary>
    /// <exception cref="WorkbookRejectedException">The file is not a readable, macro-free workbook of a sensible size.</exception>
    public static UploadPackage Open(string? fileName, Stream content, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        var (stream, owned) = Seekable(content, limits);
        try
        {
            var package = OpenChecked(fileName, stream, owned, limits);
            owned = null;
            return package;
        }
        finally
        {
            owned?.Dispose();
        }
    }

    /// <summary>True when the package has a part at <paramref name="path"/> (no leading slash).</summary>
    public bool Has(string path) => _entries.ContainsKey(path);

    /// <summary>Opens a part for reading, or null when it is missing.</summary>
    public Stream? OpenPart(string path) => _entries.TryGetValue(path, out var entry) ? new PartStream(entry, path, this) : null;

    /// <summary>
    /// Reads to its end every part not yet read to its end: the rest of any a reader stopped early, then every one
    /// never opened. Each unpacks to its declared size within the limits, or the upload is refused. Costs one inflation
    /// of the bytes not read already, none of those that were.
    /// </summary>
    /// <exception cref="WorkbookRejectedException">A part unpacks to more or less than its header declares, or is damaged.</exception>
    public void CheckEveryPart()
    {
        var buffer = new byte[DrainBufferBytes];
        try
        {
            // A stream that fails here stays on the list, and Dispose lets go of it.
            foreach (var stream in _unfinished)
            {
                if (!_finished.Contains(stream.PartPath)) stream.ReadToEnd(buffer);
            }
            foreach (var (path, entry) in _entries)
            {
                if (_finished.Contains(path)) continue;
                using var stream = new PartStream(entry, path, this);
                stream.ReadToEnd(buffer);
            }
        }
        catch (InvalidDataException e)
        {
            throw Rejections.Corrupt(e);
        }
    }

    /// <summary>Counts bytes a part unpacked: more than the limit in all is a zip bomb.</summary>
    internal void Count(int bytes)
    {
        _unpacked += bytes;
        if (_unpacked > Limits.MaxUncompressedBytes) throw Rejections.ZipBomb();
    }

    /// <summary>Notes that the part at <paramref name="path"/> was read to its end at its declared size.</summary>
    internal void Finished(string path) => _finished.Add(path);

    /// <summary>Takes back a part stream disposed before its end, for <see cref="CheckEveryPart"/> to finish.</summary>
    internal void Unfinished(PartStream stream) => _unfinished.Add(stream);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var stream in _unfinished) stream.Release();
        _unfinished.Clear();
        _archive.Dispose();
        _ownedCopy?.Dispose();
    }

    private static UploadPackage OpenChecked(string? fileName, Stream stream, Stream? owned, ReaderLimits limits)
    {
        var length = stream.Length;
        if (length == 0) throw Rejections.Empty();
        if (length > limits.MaxFileBytes) throw Rejections.TooLarge(length, limits.MaxFileBytes);
        if (HasMacroExtension(fileName)) throw Rejections.MacroEnabled();

        Span<byte> head = stackalloc byte[8];
        stream.Position = 0;
        var got = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (CompoundFile.HasSignature(head[..got])) throw CompoundFileRejection(stream);
        if (got < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) throw Rejections.NotAWorkbook(Guess(head[..got]));

        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw Rejections.Corrupt(e);
        }
        try
        {
            var package = new UploadPackage(archive, ZipEntryIndex.Of(archive, limits), owned, limits);
            package.RefuseDeclaredMacros();
            return package;
        }
        catch (InvalidDataException e)
        {
            archive.Dispose();
            throw Rejections.Corrupt(e);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    private void RefuseDeclaredMacros()
    {
        using var stream = OpenPart(ContentTypesPart);
        if (stream is null) return;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var types = reader.ReadToEnd();
        if (types.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || types.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
            throw Rejections.MacroEnabled();
        // application/vnd.ms-excel.macrosheet+xml and its international twin, intlmacrosheet.
        if (types.Contains("macrosheet", StringComparison.OrdinalIgnoreCase)) throw Rejections.MacroSheet();
    }

    private static bool HasMacroExtension(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "");
        return extension.Equals(".xlsm", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".xltm", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".xlam", StringComparison.OrdinalIgnoreCase);
    }

    private static WorkbookRejectedException CompoundFileRejection(Stream stream)
    {
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        stream.Position = 0;
        IReadOnlyList<string> names;
        try
        {
            names = CompoundFile.EntryNames(bytes);
        }
        catch (InvalidDataException e)
        {
            return Rejections.Corrupt(e);
        }
        var encrypted = names.Any(n => n.Equals("EncryptionInfo", StringComparison.OrdinalIgnoreCase));
        return encrypted ? Rejections.PasswordProtected() : Rejections.LegacyXls();
    }

    private static string? Guess(ReadOnlySpan<byte> head) =>
        head.StartsWith("%PDF"u8) ? "a PDF document"
        : head.StartsWith("PK\u0005\u0006"u8) ? "an empty zip file"
        : head.StartsWith("<"u8) || head.StartsWith("\uFEFF<"u8) ? "a web page or XML file"
        : null;

    private static (Stream Stream, Stream? Owned) Seekable(Stream content, ReaderLimits limits)
    {
        if (content.CanSeek && content.Position == 0) return (content, null);
        // The zip directory sits at the end of the file, so the upload must be seekable from its first byte.
        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > limits.MaxFileBytes)
            {
                copy.Dispose();
                throw Rejections.TooLarge(copy.Length, limits.MaxFileBytes);
            }
        }
        copy.Position = 0;
        return (copy, copy);
    }
}
