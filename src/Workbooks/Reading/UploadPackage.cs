using System.IO.Compression;
using System.Text;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// An upload opened as a zip package after every check that needs no XML: size, signature (legacy .xls,
/// password-protected, not a zip), macros and zip-bomb sizes. Parts are read through a stream that counts what it
/// unpacks, so a header that lies about sizes is caught as the bytes arrive.
/// </summary>
internal sealed class UploadPackage : IDisposable
{
    private const string ContentTypesPart = "[Content_Types].xml";
    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly Stream? _ownedCopy;
    private readonly ReaderLimits _limits;
    private long _unpacked;

    private UploadPackage(ZipArchive archive, Dictionary<string, ZipArchiveEntry> entries, Stream? ownedCopy, ReaderLimits limits)
    {
        _archive = archive;
        _entries = entries;
        _ownedCopy = ownedCopy;
        _limits = limits;
    }

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
    public Stream? OpenPart(string path) =>
        _entries.TryGetValue(path, out var entry) ? new CountingStream(entry.Open(), path, entry.Length, this) : null;

    /// <inheritdoc />
    public void Dispose()
    {
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
            var package = new UploadPackage(archive, Index(archive, limits), owned, limits);
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

    private static Dictionary<string, ZipArchiveEntry> Index(ZipArchive archive, ReaderLimits limits)
    {
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            var name = entry.FullName;
            if (ZipEntryNames.Fault(name) is { } fault) throw Rejections.Corrupt(new InvalidDataException($"The zip entry '{name}' {fault}."));
            if (name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)) throw Rejections.MacroEnabled();
            // Excel keeps Excel 4.0 macro sheets under xl/macrosheets/ (or xl/intlMacrosheets/), even in a .xlsx.
            if (name.Contains("macrosheets/", StringComparison.OrdinalIgnoreCase)) throw Rejections.MacroSheet();
            if (entry.Length > limits.MaxPartBytes) throw Rejections.PartTooLarge(name, limits.MaxPartBytes);
            declared += entry.Length;
            if (entry.Length < 0 || declared > limits.MaxUncompressedBytes) throw Rejections.ZipBomb();
            if (entry.Length > limits.CompressionRatioFloorBytes && entry.Length > limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                throw Rejections.ZipBomb();
            // Windows, Excel and the packaging library take names that differ only in case as one part.
            if (!entries.TryAdd(name, entry)) throw Rejections.Corrupt(new InvalidDataException($"The zip names '{name}' twice, ignoring case."));
        }
        return entries;
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

    private void Count(int bytes)
    {
        _unpacked += bytes;
        if (_unpacked > _limits.MaxUncompressedBytes) throw Rejections.ZipBomb();
    }

    /// <summary>Counts what a part unpacks to: more than it declared, or more than the limit in total, is a zip bomb.</summary>
    private sealed class CountingStream(Stream inner, string path, long declared, UploadPackage owner) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _read += n;
            if (_read > declared) throw Rejections.ZipBomb();
            if (_read > owner._limits.MaxPartBytes) throw Rejections.PartTooLarge(path, owner._limits.MaxPartBytes);
            owner.Count(n);
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
