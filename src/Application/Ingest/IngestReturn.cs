using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Ukspf.Application.Allocations;
using Ukspf.Application.Findings;
using Ukspf.Application.Notifications;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Storage.Blobs;
using Ukspf.Workbooks.Feedback;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Application.Ingest;

/// <summary>
/// Blob-triggered: ingests one uploaded return. The original is archived before anything else can fail; then the
/// workbook is read, validated against the fund's rules and the council's last accepted return received before it,
/// (if accepted) its lines are stored, a feedback workbook is written from the final outcome, the submission is
/// recorded and every other accepted version of the round but the one received last is superseded. A valid version
/// received before one that stands already ends Superseded itself. The submission id is derived from the content,
/// so processing the same upload again changes nothing, unless the first attempt failed: then it is processed again
/// and its record replaced.
/// </summary>
/// <remarks>
/// Every way out leaves a record and the archived original (short of the upload not being readable from the trigger
/// at all). What is wrong with the council's file (unreadable, invalid, a file name that cannot be kept, text the
/// store cannot hold) is a Rejected record with the reason; a path that names no usable round and council is a
/// Rejected record among the unroutable uploads (<see cref="SubmissionRepository.UnroutablePartition"/>). A refusal
/// of the store for any other cause is a Failed record. None of these is thrown: a retry would meet the same file.
/// Anything else (an outage, throttling, a timeout, a bug) is a Failed record as far as the store allows, and is
/// thrown, so the host retries the blob and at last poisons it; a failure after the record is written (while
/// superseding) leaves the record as it is and is thrown.
/// </remarks>
public sealed class IngestReturn(
    IBlobStore blobs,
    StorageSetup setup,
    RoundRepository rounds,
    AllocationRepository allocations,
    SubmissionRepository submissions,
    ReturnLinesRepository lines,
    FindingsRepository findings,
    IReturnNotifier notifier,
    CouncilRegister councils,
    PipelineOptions options,
    TimeProvider clock)
{
    private const int MaxReasonLength = 2000;

    private readonly RoundVersions _versions = new(submissions, lines);

    /// <summary>
    /// Processes one upload, then emails the uploader (<see cref="InboxBlob.UploadedBy"/>) what became of it; an upload
    /// that came with no address, or was processed before, sends nothing, and a failed send never fails the ingest.
    /// </summary>
    /// <exception cref="Exception">Anything but a verdict on the file or a refusal of the store, after recording it as Failed.</exception>
    public async Task<IngestResult> RunAsync(InboxBlob blob, Stream content, CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        await using var upload = await UploadBuffer.CopyAsync(content, cancellationToken);
        var run = IngestRun.Of(blob, upload.Sha256[..20], councils, clock.GetUtcNow());
        var result = await ProcessAsync(run, upload, cancellationToken);
        if (run.HasCouncilRecord)
            await notifier.ReturnProcessedAsync(result, run.Round!.Value, run.Lla, blob.UploadedBy, cancellationToken);
        return result;
    }

    private async Task<IngestResult> ProcessAsync(IngestRun run, UploadBuffer upload, CancellationToken cancellationToken)
    {

        if (run.HasCouncilRecord && await submissions.GetAsync(run.Round!.Value, run.Lla, run.SubmissionId, cancellationToken) is { } done
            && done.Summary.Status != SubmissionStatus.Failed)
        {
            // Accepted before: finish superseding, in case the attempt that recorded it stopped before it had.
            var status = done.Summary.Status == SubmissionStatus.Accepted
                ? await _versions.SupersedeAllButLatestAsync(run, cancellationToken)
                : done.Summary.Status;
            return new IngestResult(run.SubmissionId, status, done.Summary.Reason, done.ArchiveBlob, done.FeedbackBlob, [], AlreadyProcessed: true);
        }

        IngestResult result;
        try
        {
            result = await IngestAsync(run, upload, cancellationToken);
        }
        catch (Exception e)
        {
            var failed = await RecordFailureAsync(run, e);
            if (StoreFailure.IsRefusal(e)) return failed;
            throw;
        }
        // Superseding follows the record, so that a host ingesting another version at the same time sees this one. If
        // it fails, the record stands as Accepted and the failure propagates: the retry finds the record and sweeps again.
        return result.Status == SubmissionStatus.Accepted
            ? result with { Status = await _versions.SupersedeAllButLatestAsync(run, cancellationToken) }
            : result;
    }

    private async Task<IngestResult> IngestAsync(IngestRun run, UploadBuffer upload, CancellationToken cancellationToken)
    {
        await ArchiveAsync(run, upload, cancellationToken);
        var verdict = run.PathProblem is { } problem
            ? Assessment.Rejected(RuleIds.Template, problem, unreadable: true)
            : await AssessAsync(run, upload, cancellationToken);
        if (verdict.Status == SubmissionStatus.Accepted && verdict.Return is { } ret)
        {
            try
            {
                await lines.SaveAsync(run.SubmissionId, ret, cancellationToken);
            }
            catch (Exception e) when (StoreFailure.IsTooLarge(e))
            {
                verdict = verdict.WithError(RuleIds.Cells, "Your return passed its checks, but some text in it is too long to store: a cell can hold at most 32,000 characters. " +
                    "Shorten the longest text (a project name, a comment or the programme narrative) and upload the workbook again.");
            }
        }

        var status = verdict.Status;
        var reason = Fit(verdict.Reason);
        if (status == SubmissionStatus.Accepted && await _versions.LaterAcceptedAsync(run, cancellationToken) is { } later)
        {
            // Valid, but a version received after it stands already: it does not replace that one.
            status = SubmissionStatus.Superseded;
            reason = Fit($"A version of this return received later ({InboxNames.Quoted(later.Summary.FileName)}, " +
                $"{later.Summary.ReceivedAt.UtcDateTime:dd/MM/yyyy HH:mm:ss} UTC) had already been accepted, so this one is kept as history.");
        }
        await WriteFeedbackAsync(run, verdict.Unreadable ? null : upload, verdict.Findings, status, reason, cancellationToken);
        await findings.SaveAsync(run.SubmissionId, verdict.Findings, cancellationToken);
        // The record follows the lines, the feedback and the findings: unless it says Failed, its presence means they were written.
        await RecordAsync(run, status, verdict.Errors, verdict.Warnings, reason, cancellationToken);
        return new IngestResult(run.SubmissionId, status, reason, run.ArchiveBlob, run.FeedbackBlob, verdict.Findings, AlreadyProcessed: false);
    }

    // Best effort, with no cancellation: the feedback and the record of a failure matter more than stopping promptly,
    // and a failure to write them must not hide the failure being recorded.
    private async Task<IngestResult> RecordFailureAsync(IngestRun run, Exception failure)
    {
        var reason = Fit($"Processing stopped before a verdict because of a fault on our side, not in your workbook ({StoreFailure.Describe(failure)}). " +
            (StoreFailure.IsRefusal(failure)
                ? "The file is kept and the fund team can see this record; once the fault is put right the same file can be processed again."
                : "The file is kept and will be processed again; you do not need to upload it again."));
        try
        {
            await WriteFeedbackAsync(run, null, [], SubmissionStatus.Failed, reason, CancellationToken.None);
        }
        catch (Exception)
        {
            // The record below is what counts; the feedback is rewritten when the upload is processed again.
        }
        try
        {
            await RecordAsync(run, SubmissionStatus.Failed, 0, 0, reason, CancellationToken.None);
        }
        catch (Exception)
        {
            // The store is refusing even the record: the failure itself still propagates (or is returned) as it was.
        }
        return new IngestResult(run.SubmissionId, SubmissionStatus.Failed, reason, run.ArchiveBlob, run.FeedbackBlob, [], AlreadyProcessed: false);
    }

    private async Task RecordAsync(IngestRun run, SubmissionStatus status, int errors, int warnings, string? reason, CancellationToken cancellationToken)
    {
        var inboxName = XmlCharacters.Clean(run.Blob.BlobName);
        if (!run.HasCouncilRecord)
        {
            await submissions.SaveUnroutableAsync(new UnroutableUpload(run.SubmissionId, inboxName, run.ReceivedAt, status, reason ?? "", run.ArchiveBlob, run.FeedbackBlob), cancellationToken);
            return;
        }
        var summary = new SubmissionSummary(run.SubmissionId, run.Lla, run.Round!.Value, run.FileName, run.ReceivedAt, status, errors, warnings, reason, run.Blob.UploadedBy);
        await submissions.SaveAsync(new SubmissionRecord(summary, inboxName, run.ArchiveBlob, run.FeedbackBlob, ProcessedAt: run.ProcessedAt), cancellationToken);
    }

    private async Task ArchiveAsync(IngestRun run, UploadBuffer upload, CancellationToken cancellationToken)
    {
        try
        {
            await blobs.UploadAsync(StorageNames.ArchiveContainer, run.ArchiveBlob, upload.Open(), new BlobUploadOptions
            {
                ContentType = "application/octet-stream",
                Metadata = new Dictionary<string, string> { ["inboxname"] = EscapedName(run.Blob.BlobName), ["sha256"] = upload.Sha256 },
                Conditions = BlobConditions.IfNoneMatchAny,
            }, cancellationToken);
        }
        catch (Ukspf.Storage.StorageException e) when (e.IsConflict)
        {
            // Archived by an earlier attempt at the same upload: the archive is immutable, keep the first copy.
        }
    }

    private async Task<Assessment> AssessAsync(IngestRun run, UploadBuffer upload, CancellationToken cancellationToken)
    {
        var blob = run.Blob;
        if (run.Round is not { } roundId)
            return Assessment.Rejected(RuleIds.Template, $"The folder '{InboxNames.Quoted(blob.Round.Trim())}' is not a reporting round such as 2025-26-Q2. Upload your return into the folder of the round you are returning for.");
        var council = councils.Find(run.Lla);
        if (council is null)
            return Assessment.Rejected(RuleIds.Template, $"'{run.Lla}' is not a lead local authority we know. Upload your return into your own council's folder.");
        if (InboxNames.FileNameProblem(blob.Name) is { } badName)
            return Assessment.Rejected(RuleIds.File, badName);
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

        var parsed = ReturnParser.Parse(content, options.Validation);
        var round = await rounds.GetAsync(roundId, cancellationToken);
        var previous = parsed.Return is null ? null : await _versions.PreviousAcceptedAsync(run, cancellationToken);
        var book = await allocations.LoadCouncilAsync(run.Lla, cancellationToken);
        var outcome = Validator.Validate(parsed, ret => new ValidationContext(ret, run.Lla, council, round, Domain.Catalogue.Catalogue.Default,
            book, previous, options.Validation, DateOnly.FromDateTime(run.ReceivedAt.UtcDateTime)));
        return new Assessment(parsed.Return, outcome.Findings, Unreadable: false);
    }

    /// <summary>Writes the feedback workbook: a copy of the upload with the findings added, or, with no upload to copy, the Feedback sheet alone.</summary>
    private async Task WriteFeedbackAsync(IngestRun run, UploadBuffer? upload, IReadOnlyList<Finding> findings, SubmissionStatus status, string? reason, CancellationToken cancellationToken)
    {
        var header = new FeedbackHeader(councils.Find(run.Lla)?.Name ?? InboxNames.Quoted(run.Lla), run.RoundShown, run.FileName, status.ToString(), run.ReceivedAt, reason);
        await using var output = new MemoryStream();
        if (upload is null) FeedbackWorkbookWriter.WriteStandalone(findings, header, output);
        else FeedbackWorkbookWriter.Write(upload.Open(), findings, header, output);
        output.Position = 0;
        await blobs.UploadAsync(StorageNames.FeedbackContainer, run.FeedbackBlob, output, new BlobUploadOptions
        {
            ContentType = ContentTypes.Workbook,
        }, cancellationToken);
    }

    // The exact name, escaped, within what blob metadata holds (8 KiB in all); a longer name is cut.
    private static string EscapedName(string name) => Uri.EscapeDataString(name.Length > 512 ? name[..512] : name);

    private static string? Fit(string? reason) => reason is null ? null : XmlCharacters.CleanAndShorten(reason, MaxReasonLength);
}
