namespace Ukspf.Workbooks.Reading;

/// <summary>How much an upload may hold before the reader refuses it unopened.</summary>
public sealed record ReaderLimits
{
    /// <summary>The defaults: 20 MB file; 10,000 entries; 32 MB unpacked for any one part and 96 MB for all; 100:1 compression for parts over 1 MB.</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>
    /// Largest total the file's parts may unpack to, in bytes (declared sizes, and actual bytes as they are read). The
    /// largest real return (5,000 projects, 50,000 lines) unpacks to 15 MB in all.
    /// </summary>
    public long MaxUncompressedBytes { get; init; } = 96L * 1024 * 1024;

    /// <summary>
    /// Largest any one part may unpack to, in bytes (declared, and actual as it is read). The shared strings are held
    /// in memory whole, at about four bytes for each byte of their markup, so this is what bounds the memory one
    /// upload's text can take; the largest part of the largest real return is a 5.6 MB sheet.
    /// </summary>
    public long MaxPartBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// Most entries the file's zip may hold. Every part is checked to its end, at a small cost each, and a real
    /// workbook has a few dozen (a return 15, the department's largest test return 79), so a limit of 10,000
    /// bounds the cost of a zip of tiny entries without coming near a real one.
    /// </summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>Highest ratio of unpacked to packed size accepted for a part larger than <see cref="CompressionRatioFloorBytes"/>.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Parts that unpack to less than this are not ratio-checked: small XML can compress very well.</summary>
    public long CompressionRatioFloorBytes { get; init; } = 1024L * 1024;
}
