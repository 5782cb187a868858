using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Ukspf.Application.Allocations;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Storage.Blobs;
using Ukspf.Workbooks.Feedback;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Application.Ingest;

/// <summary>
/// Blob-triggered: ingests one uploaded return. The original is archived before anything else can fail; then the
/// workbook is read, validated against the fund's rules and the council's last accepted return, the submission
/// and (if accepted) its lines are stored, and a feedback workbook is written. The submission id is derived from
/// round, council and content, so processing the same upload again changes nothing.
/// </summary>
public sealed class IngestReturn(
    IBlobStore blobs,
    StorageSetup setup,
    RoundRepository rounds,
    AllocationRepository allocations,
    SubmissionRepository submissions,
    ReturnLinesRepository lines,
    CouncilRegister councils,
    PipelineOptions options,
    TimeProvider clock)
{
    /// <summary>Processes one upload.</summary>
    public async Task<IngestResult> RunAsync(InboxBlob blob, Stream content, CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        await using var upload = await UploadBuffer.CopyAsync(content, cancellationToken);
        var submissionId = upload.Sha256[..20];
        var extension = SafeExtension(blob.Name);
        var archiveBlob = $"{blob.Round}/{blob.Lla}/{submissionId}{extension}";
        var feedbackBlob = $"{blob.Round}/{blob.Lla}/{submissionId}-feedback.xlsx";

        var roundId = RoundId.TryParse(blob.Round, out var parsedRound) ? parsedRound : (RoundId?)null;
        if (roundId is { } rid && await submissions.GetAsync(rid, blob.Lla, submissionId, cancellationToken) is { } done)
            return new IngestResult(submissionId, done.Summary.Status, done.Summary.Reason, done.ArchiveBlob, done.FeedbackBlob, [], AlreadyProcessed: true);

        await ArchiveAsync(archiveBlob, upload, blob, cancellationToken);
        var receivedAt = clock.GetUtcNow();
        var outcome = await AssessAsync(blob, roundId, upload, submissionId, receivedAt, cancellationToken);
        var status = outcome.Findings.Any(f => f.Severity == Severity.Error) ? SubmissionStatus.Rejected : SubmissionStatus.Accepted;
        var reason = status == SubmissionStatus.Rejected ? outcome.Findings.First(f => f.Severity == Severity.Error).Message : null;

        await WriteFeedbackAsync(feedbackBlob, upload, outcome, blob, status, reason, receivedAt, cancellationToken);
        if (roundId is { } round)
        {
            var summary = new SubmissionSummary(submissionId, blob.Lla, round, blob.Name, receivedAt, status,
                outcome.Findings.Count(f => f.Severity == Severity.Error), outcome.Findings.Count(f => f.Severity == Severity.Warning), reason);
            if (status == SubmissionStatus.Accepted && outcome.Return is not null)
            {
                await lines.SaveAsync(submissionId, outcome.Return, cancellationToken);
                await SupersedeEarlierAsync(round, blob.Lla, submissionId, cancellationToken);
            }
            // The record is written last: its presence means every other write of this submission happened.
            await submissions.SaveAsync(new SubmissionRecord(summary, blob.BlobName, archiveBlob, feedbackBlob), cancellationToken);
        }
        return new IngestResult(submissionId, status, reason, archiveBlob, feedbackBlob, outcome.Findings, AlreadyProcessed: false);
    }

    private async Task ArchiveAsync(string archiveBlob, UploadBuffer upload, InboxBlob blob, CancellationToken cancellationToken)
    {
        try
        {
            await blobs.UploadAsync(StorageNames.ArchiveContainer, archiveBlob, upload.Open(), new BlobUploadOptions
            {
                ContentType = "application/octet-stream",
                Metadata = new Dictionary<string, string> { ["inboxname"] = Uri.EscapeDataString(blob.BlobName), ["sha256"] = upload.Sha256 },
                Conditions = BlobConditions.IfNoneMatchAny,
            }, cancellationToken);
        }
        catch (Ukspf.Storage.StorageException e) when (e.IsConflict)
        {
            // Archived by an earlier attempt at the same upload: the archive is immutable, keep the first copy.
        }
    }

    private async Task<Assessment> AssessAsync(InboxBlob blob, RoundId? roundId, UploadBuffer upload, string submissionId, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (roundId is null)
            return Assessment.Rejected(RuleIds.Template, $"The folder '{blob.Round}' is not a reporting round such as 2025-26-Q2. Upload your return into the folder of the round you are returning for.");
        var council = councils.Find(blob.Lla);
        if (council is null)
            return Assessment.Rejected(RuleIds.Template, $"'{blob.Lla}' is not a lead local authority we know. Upload your return into your own council's folder.");
        if (upload.Length > options.MaxUploadBytes)
            return Assessment.Rejected(RuleIds.File, $"The file is {upload.Length / 1048576.0:0.0} MB; the largest return we accept is {options.MaxUploadBytes / 1048576.0:0.#} MB. Remove anything you have added to the template (pictures, extra sheets) and upload it again.");

        Domain.Workbook.WorkbookContent content;
        try
        {
            content = new ReturnReader(ReaderLimits.Default with { MaxFileBytes = options.MaxUploadBytes }).Read(upload.Open(), blob.Name);
        }
        catch (WorkbookRejectedException e)
        {
            return Assessment.Rejected(RuleIds.File, e.Message, unreadable: true);
        }

        var parsed = ReturnParser.Parse(content);
        var round = await rounds.GetAsync(roundId.Value, cancellationToken);
        var previous = parsed.Return is null ? null : await PreviousAcceptedAsync(roundId.Value, blob.Lla, submissionId, cancellationToken);
        var book = await allocations.LoadCouncilAsync(blob.Lla, cancellationToken);
        var outcome = Validator.Validate(parsed, ret => new ValidationContext(ret, blob.Lla, council, round, Domain.Catalogue.Catalogue.Default,
            book, previous, options.Validation, DateOnly.FromDateTime(receivedAt.UtcDateTime)));
        return new Assessment(parsed.Return, outcome.Findings, Unreadable: false);
    }

    // A late return for an earlier round is held to what was accepted up to its own round, never to a later round.
    private async Task<CouncilReturn?> PreviousAcceptedAsync(RoundId round, string lla, string submissionId, CancellationToken cancellationToken)
    {
        var latest = (await submissions.ListCouncilAsync(lla, cancellationToken))
            .Where(s => s.Summary.Status == SubmissionStatus.Accepted && s.Summary.SubmissionId != submissionId
                        && s.Summary.Round.CompareTo(round) <= 0)
            .OrderByDescending(s => s.Summary.Round).ThenByDescending(s => s.Summary.ReceivedAt)
            .FirstOrDefault();
        return latest is null ? null : await lines.LoadAsync(latest.Summary.SubmissionId, cancellationToken);
    }

    private async Task SupersedeEarlierAsync(RoundId round, string lla, string submissionId, CancellationToken cancellationToken)
    {
        foreach (var earlier in (await submissions.ListCouncilAsync(lla, cancellationToken))
                     .Where(s => s.Summary.Round == round && s.Summary.Status == SubmissionStatus.Accepted && s.Summary.SubmissionId != submissionId))
            await submissions.SupersedeAsync(earlier, cancellationToken);
    }

    private async Task WriteFeedbackAsync(string feedbackBlob, UploadBuffer upload, Assessment outcome, InboxBlob blob, SubmissionStatus status, string? reason, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var header = new FeedbackHeader(councils.Find(blob.Lla)?.Name ?? blob.Lla, blob.Round, blob.Name, status.ToString(), receivedAt, reason);
        await using var output = new MemoryStream();
        if (outcome.Unreadable) FeedbackWorkbookWriter.WriteStandalone(outcome.Findings, header, output);
        else FeedbackWorkbookWriter.Write(upload.Open(), outcome.Findings, header, output);
        output.Position = 0;
        await blobs.UploadAsync(StorageNames.FeedbackContainer, feedbackBlob, output, new BlobUploadOptions
        {
            ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }, cancellationToken);
    }

    private static string SafeExtension(string name)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return ext.Length is > 1 and <= 6 && ext.Skip(1).All(char.IsAsciiLetterOrDigit) ? ext : ".bin";
    }

    private sealed record Assessment(CouncilReturn? Return, IReadOnlyList<Finding> Findings, bool Unreadable)
    {
        public static Assessment Rejected(string rule, string message, bool unreadable = false) =>
            new(null, [new Finding(rule, Severity.Error, CellLocation.Workbook, null, message)], unreadable);
    }
}
