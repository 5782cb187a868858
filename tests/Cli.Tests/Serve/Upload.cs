namespace Ukspf.Cli.Tests.Serve;

/// <summary>A file put into returns-inbox/{round}/{lla}/{name}, and the submission id the pipeline derives from its content.</summary>
internal sealed record Upload(string Round, string Lla, string Name, string SubmissionId, string ETag)
{
    public string BlobName => $"{Round}/{Lla}/{Name}";

    /// <summary>The line serve logs when it has ingested this upload for the first time.</summary>
    public bool IsProcessedLine(string line) =>
        line.Contains($"returns-inbox/{BlobName}: Accepted as submission {SubmissionId}", StringComparison.Ordinal)
        || line.Contains($"returns-inbox/{BlobName}: Rejected as submission {SubmissionId}", StringComparison.Ordinal);
}
