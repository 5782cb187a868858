namespace Ukspf.Storage.Blobs;

/// <summary>Conditional-write headers: <c>If-None-Match: *</c> or <c>If-Match: etag</c>.</summary>
/// <param name="IfMatch">Write only if the blob's current ETag is this one.</param>
/// <param name="IfNoneMatch">Write only if no blob matches; "*" means create only.</param>
public sealed record BlobConditions(string? IfMatch = null, string? IfNoneMatch = null)
{
    /// <summary>Create only: fail if the blob already exists.</summary>
    public static BlobConditions IfNoneMatchAny { get; } = new(IfNoneMatch: "*");

    /// <summary>Replace only the version with this ETag.</summary>
    public static BlobConditions IfMatchETag(string etag) => new(IfMatch: etag);
}
