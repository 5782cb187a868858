namespace Ukspf.Workbooks.Reading;

/// <summary>How much an upload may hold before the reader refuses it unopened.</summary>
public sealed record ReaderLimits
{
    /// <summary>The defaults: 20 MB file, 200 MB unpacked, 100:1 compression for parts over 1 MB.</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Largest total the file's parts may unpack to, in bytes (declared sizes, and actual bytes as they are read).</summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Highest ratio of unpacked to packed size accepted for a part larger than <see cref="CompressionRatioFloorBytes"/>.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Parts that unpack to less than this are not ratio-checked: small XML can compress very well.</summary>
    public long CompressionRatioFloorBytes { get; init; } = 1024L * 1024;
}
