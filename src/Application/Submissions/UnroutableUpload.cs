using Ukspf.Domain.Submissions;

namespace Ukspf.Application.Submissions;

/// <summary>
/// The record of an upload whose path names no round and council it could be filed under (a folder that is not a
/// round, or a folder name that cannot be a storage key); kept in the Submissions table's reserved partition
/// <see cref="SubmissionRepository.UnroutablePartition"/>, apart from every council's submissions.
/// </summary>
/// <param name="SubmissionId">The upload's id (from its content), as a submission's would be.</param>
/// <param name="InboxName">The blob name it was uploaded as, with characters that cannot be kept replaced.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="Status">Rejected, or Failed when processing it stopped on a fault of ours.</param>
/// <param name="Reason">Why it was refused, in the uploader's words.</param>
/// <param name="ArchiveBlob">The archived original, within the archive container.</param>
/// <param name="FeedbackBlob">The feedback workbook, within the feedback container.</param>
public sealed record UnroutableUpload(
    string SubmissionId, string InboxName, DateTimeOffset ReceivedAt, SubmissionStatus Status, string Reason, string ArchiveBlob, string FeedbackBlob);
