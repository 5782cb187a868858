using Ukspf.Application.Submissions;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Returns;

namespace Ukspf.Application.Ingest;

/// <summary>
/// One upload being ingested: where it came from and the names and keys it is kept under. The round and council
/// are normalised here, once, so every path, key and comparison uses the same spelling of each; a path that names
/// no usable round and council is kept under the unroutable folder and partition instead.
/// </summary>
/// <param name="Blob">The upload as the inbox names it.</param>
/// <param name="SubmissionId">The id from its content.</param>
/// <param name="Round">The round, when the round folder is one.</param>
/// <param name="Lla">The council's key.</param>
/// <param name="Folder">Where its archive and feedback go: "{round}/{lla}", or the unroutable folder.</param>
/// <param name="PathProblem">Why the round or council folder cannot be a key, or null.</param>
/// <param name="ReceivedAt">When it landed in the inbox (by default, when it is processed).</param>
/// <param name="ProcessedAt">When it is processed.</param>
internal sealed record IngestRun(
    InboxBlob Blob, string SubmissionId, RoundId? Round, string Lla, string Folder, string? PathProblem, DateTimeOffset ReceivedAt, DateTimeOffset ProcessedAt)
{
    /// <summary>True when the upload is recorded among its council's submissions, not among the unroutable uploads.</summary>
    public bool HasCouncilRecord => Round is not null && PathProblem is null;

    /// <summary>The archived original, within the archive container.</summary>
    public string ArchiveBlob => $"{Folder}/{SubmissionId}{SafeExtension(Blob.Name)}";

    /// <summary>The feedback workbook, within the feedback container.</summary>
    public string FeedbackBlob => $"{Folder}/{SubmissionId}-feedback.xlsx";

    /// <summary>The file name as records and feedback keep it.</summary>
    public string FileName => XmlCharacters.Clean(Blob.Name);

    /// <summary>The round as feedback shows it.</summary>
    public string RoundShown => InboxNames.Quoted(Round?.ToString() ?? Blob.Round.Trim());

    /// <summary>Works out the names and keys of an upload.</summary>
    public static IngestRun Of(InboxBlob blob, string submissionId, CouncilRegister councils, DateTimeOffset processedAt)
    {
        RoundId? round = RoundId.TryParse(blob.Round, out var id) ? id : null;
        var lla = councils.KeyOf(blob.Lla);
        var problem = (round is null ? InboxNames.FolderProblem("round", blob.Round) : null) ?? InboxNames.FolderProblem("council", blob.Lla);
        var folder = problem is null ? $"{round?.ToString() ?? blob.Round.Trim()}/{lla}" : SubmissionRepository.UnroutablePartition;
        return new IngestRun(blob, submissionId, round, lla, folder, problem, blob.ReceivedAt ?? processedAt, processedAt);
    }

    private static string SafeExtension(string name)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return ext.Length is > 1 and <= 6 && ext.Skip(1).All(char.IsAsciiLetterOrDigit) ? ext : ".bin";
    }
}
