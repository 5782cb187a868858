namespace Ukspf.Application.Ingest;

/// <summary>An upload in the inbox: returns-inbox/{Round}/{Lla}/{Name}.</summary>
/// <param name="Round">The round folder, e.g. "2025-26-Q2".</param>
/// <param name="Lla">The council folder, e.g. "adur".</param>
/// <param name="Name">The file name as uploaded.</param>
/// <param name="ETag">The blob version, if known.</param>
/// <param name="ReceivedAt">
/// When the blob landed in the inbox (its last-modified time from storage), if known; otherwise the time it is
/// processed. Versions of a council's return are ordered by it, not by when each happens to be processed.
/// </param>
/// <param name="UploadedBy">
/// The email of the signed-in person who uploaded it (the portal knows it); null for an upload written straight into
/// the inbox, which names no one.
/// </param>
public sealed record InboxBlob(string Round, string Lla, string Name, string? ETag = null, DateTimeOffset? ReceivedAt = null, string? UploadedBy = null)
{
    /// <summary>The blob name within the inbox container.</summary>
    public string BlobName => $"{Round}/{Lla}/{Name}";

    /// <summary>Splits an inbox blob name "{round}/{lla}/{name}"; null when it has another shape.</summary>
    public static InboxBlob? FromBlobName(string blobName, string? etag = null, DateTimeOffset? receivedAt = null)
    {
        var parts = blobName.Split('/', 3);
        return parts.Length == 3 && parts.All(p => p.Length > 0) ? new InboxBlob(parts[0], parts[1], parts[2], etag, receivedAt) : null;
    }
}
