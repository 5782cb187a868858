namespace Ukspf.Storage.Blobs;

/// <summary>What the store knows of one blob.</summary>
/// <param name="Name">The full blob name within its container.</param>
/// <param name="ETag">The version tag; changes on every write.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="LastModified">When it was last written.</param>
/// <param name="ContentType">The MIME type it was uploaded with.</param>
/// <param name="Metadata">User metadata (ASCII names, case-insensitive).</param>
public sealed record BlobProperties(string Name, string ETag, long Length, DateTimeOffset LastModified, string? ContentType, IReadOnlyDictionary<string, string> Metadata);
