namespace Ukspf.Storage.Blobs;

/// <summary>Options of an upload.</summary>
public sealed class BlobUploadOptions
{
    /// <summary>The MIME type stored with the blob.</summary>
    public string? ContentType { get; init; }

    /// <summary>User metadata stored with the blob.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Conditions that must hold for the write to happen.</summary>
    public BlobConditions? Conditions { get; init; }
}
