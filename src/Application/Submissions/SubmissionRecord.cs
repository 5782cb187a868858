using Ukspf.Domain.Submissions;

namespace Ukspf.Application.Submissions;

/// <summary>A submission as stored: its summary and where its files are.</summary>
/// <param name="Summary">Status and counts.</param>
/// <param name="InboxName">The blob name it was uploaded as, within the inbox container.</param>
/// <param name="ArchiveBlob">The archived original, within the archive container.</param>
/// <param name="FeedbackBlob">The feedback workbook, within the feedback container.</param>
/// <param name="ETag">The record's version, for conditional updates.</param>
/// <param name="ProcessedAt">
/// When it was processed; orders versions received at the same moment (storage times are to the second), the one
/// processed later counting as the later. Null in records written before it was kept.
/// </param>
public sealed record SubmissionRecord(SubmissionSummary Summary, string InboxName, string ArchiveBlob, string FeedbackBlob, string? ETag = null, DateTimeOffset? ProcessedAt = null);
