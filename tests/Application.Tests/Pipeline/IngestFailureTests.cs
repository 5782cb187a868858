using Ukspf.Application.Submissions;
using Ukspf.Domain.Submissions;
using Ukspf.Storage;
using Ukspf.Storage.Tables;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>
/// architecture.md, "Every failure ends in a record": whatever stops an ingest, the original is archived, a
/// Submissions row says what became of it (Rejected or Failed, with the reason) and the feedback agrees with the row.
/// A failure of the infrastructure still propagates, so the host retries the blob.
/// </summary>
public sealed class IngestFailureTests
{
    [Fact]
    public async Task A_narrative_longer_than_a_table_property_holds_ends_in_a_rejected_record_that_the_feedback_agrees_with()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var valid = pipeline.ValidReturnOf(PipelineHarness.Adur);
        var bytes = await pipeline.FillAsync(valid with { Programme = valid.Programme with { Narrative = new string('n', 40_000) } });

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        var record = Assert.Single(await pipeline.SubmissionsAsync("E07000223"));
        Assert.Equal(SubmissionStatus.Rejected, record.Summary.Status);
        Assert.False(string.IsNullOrWhiteSpace(record.Summary.Reason));
        Assert.Equal(result.Reason, record.Summary.Reason);
        Assert.Equal(bytes, await pipeline.BlobAsync(StorageNames.ArchiveContainer, record.ArchiveBlob));
        Assert.Equal("Rejected", await pipeline.FeedbackResultAsync(record.FeedbackBlob));
        Assert.Null(await pipeline.Get<ReturnLinesRepository>().LoadAsync(result.SubmissionId));
    }

    [Fact]
    public async Task A_value_the_store_refuses_as_too_large_is_a_rejected_submission_that_says_to_shorten_the_text()
    {
        FaultyTables? tables = null;
        using var pipeline = await PipelineHarness.StartAsync(tables: t => tables = new FaultyTables(t));
        tables!.Fail(StorageNames.ReturnLinesTable, () => new TableTransactionFailedException(1, 400, "PropertyValueTooLarge", "The property value exceeds the maximum allowed size (64KB)."));
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        Assert.Contains("too long", result.Reason);
        var record = Assert.Single(await pipeline.SubmissionsAsync("E07000223"));
        Assert.Equal(SubmissionStatus.Rejected, record.Summary.Status);
        Assert.Equal(result.Reason, record.Summary.Reason);
        Assert.Equal("Rejected", await pipeline.FeedbackResultAsync(record.FeedbackBlob));
        Assert.Equal(bytes, await pipeline.BlobAsync(StorageNames.ArchiveContainer, record.ArchiveBlob));
    }

    [Fact]
    public async Task Another_refusal_of_the_store_is_recorded_as_failed_and_not_thrown_since_a_retry_would_be_refused_too()
    {
        FaultyTables? tables = null;
        using var pipeline = await PipelineHarness.StartAsync(tables: t => tables = new FaultyTables(t));
        tables!.Fail(StorageNames.ReturnLinesTable, () => new TableTransactionFailedException(0, 400, "InvalidInput", "One of the request inputs is not valid."));
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        Assert.Equal(SubmissionStatus.Failed, result.Status);
        var record = Assert.Single(await pipeline.SubmissionsAsync("E07000223"));
        Assert.Equal(SubmissionStatus.Failed, record.Summary.Status);
        Assert.Contains("InvalidInput", record.Summary.Reason);
        Assert.Equal("Failed", await pipeline.FeedbackResultAsync(record.FeedbackBlob));
        Assert.Equal(bytes, await pipeline.BlobAsync(StorageNames.ArchiveContainer, record.ArchiveBlob));
    }

    [Fact]
    public async Task An_unexpected_exception_while_storing_the_lines_is_recorded_as_failed_with_the_original_archived_and_then_propagates()
    {
        FaultyTables? tables = null;
        using var pipeline = await PipelineHarness.StartAsync(tables: t => tables = new FaultyTables(t));
        tables!.Fail(StorageNames.ReturnLinesTable, () => new InvalidOperationException("The lines could not be written."));
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));

        await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes));

        var record = Assert.Single(await pipeline.SubmissionsAsync("E07000223"));
        Assert.Equal(SubmissionStatus.Failed, record.Summary.Status);
        Assert.Contains("InvalidOperationException", record.Summary.Reason);
        Assert.Equal(bytes, await pipeline.BlobAsync(StorageNames.ArchiveContainer, record.ArchiveBlob));
        Assert.Equal("Failed", await pipeline.FeedbackResultAsync(record.FeedbackBlob));
    }

    [Fact]
    public async Task A_transient_storage_failure_is_recorded_as_failed_and_propagates_so_the_host_retries_the_blob()
    {
        FaultyTables? tables = null;
        using var pipeline = await PipelineHarness.StartAsync(tables: t => tables = new FaultyTables(t));
        tables!.Fail(StorageNames.ReturnLinesTable, () => new StorageException(503, "ServerBusy", "The server is busy."));
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));

        var failure = await Assert.ThrowsAsync<StorageException>(() => pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes));

        Assert.Equal(503, failure.Status);
        var record = Assert.Single(await pipeline.SubmissionsAsync("E07000223"));
        Assert.Equal(SubmissionStatus.Failed, record.Summary.Status);
        Assert.Contains("503", record.Summary.Reason);
        Assert.Equal(bytes, await pipeline.BlobAsync(StorageNames.ArchiveContainer, record.ArchiveBlob));
    }

    [Fact]
    public async Task A_failure_while_superseding_propagates_and_leaves_the_new_version_accepted_for_the_retry_to_finish()
    {
        FaultyTables? tables = null;
        using var pipeline = await PipelineHarness.StartAsync(tables: t => tables = new FaultyTables(t));
        var original = pipeline.ValidReturnOf(PipelineHarness.Adur);
        var first = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", await pipeline.FillAsync(original));
        pipeline.Clock.Advance(TimeSpan.FromDays(1));
        var secondBytes = await pipeline.FillAsync(original.Corrected("End dates corrected."));
        tables!.Fail(StorageNames.SubmissionsTable, () => new StorageException(503, "ServerBusy", "The server is busy."), times: 1, operation: nameof(ITableStore.UpdateAsync));

        var failure = await Record.ExceptionAsync(() => pipeline.IngestAsync("E07000223", "adur-return-v2.xlsx", secondBytes));

        Assert.IsType<StorageException>(failure);
        var records = await pipeline.SubmissionsAsync("E07000223");
        Assert.Equal(SubmissionStatus.Accepted, records.Single(r => r.Summary.SubmissionId == first.SubmissionId).Summary.Status);
        Assert.Equal(SubmissionStatus.Accepted, records.Single(r => r.Summary.SubmissionId != first.SubmissionId).Summary.Status);
    }

    [Fact]
    public async Task A_retry_that_succeeds_replaces_the_failed_record_with_the_real_outcome()
    {
        FaultyTables? tables = null;
        using var pipeline = await PipelineHarness.StartAsync(tables: t => tables = new FaultyTables(t));
        tables!.Fail(StorageNames.ReturnLinesTable, () => new StorageException(503, "ServerBusy", "The server is busy."), times: 1);
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));
        await Assert.ThrowsAsync<StorageException>(() => pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes));

        var retry = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        Assert.Equal(SubmissionStatus.Accepted, retry.Status);
        Assert.False(retry.AlreadyProcessed);
        var record = Assert.Single(await pipeline.SubmissionsAsync("E07000223"));
        Assert.Equal(SubmissionStatus.Accepted, record.Summary.Status);
        Assert.Null(record.Summary.Reason);
        Assert.Equal("Accepted", await pipeline.FeedbackResultAsync(record.FeedbackBlob));
        Assert.NotNull(await pipeline.Get<ReturnLinesRepository>().LoadAsync(retry.SubmissionId));
    }
}
