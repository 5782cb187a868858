using Ukspf.Domain.Returns;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Ukspf.Application.Submissions;
using Ukspf.Testing.Sheets;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

public sealed class IngestReturnTests
{
    [Fact]
    public async Task Accepts_a_valid_return_and_keeps_the_original_the_record_the_lines_and_the_feedback()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var filled = pipeline.ValidReturnOf(PipelineHarness.Adur);
        var bytes = await pipeline.FillAsync(filled);

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        Assert.Equal(SubmissionStatus.Accepted, result.Status);
        Assert.Null(result.Reason);
        Assert.False(result.AlreadyProcessed);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(bytes, await pipeline.BlobAsync(StorageNames.ArchiveContainer, result.ArchiveBlob));
        Assert.StartsWith("2025-26-Q3/E07000223/", result.ArchiveBlob);
        var record = Assert.Single(await pipeline.SubmissionsAsync("E07000223"));
        Assert.Equal(result.SubmissionId, record.Summary.SubmissionId);
        Assert.Equal(SubmissionStatus.Accepted, record.Summary.Status);
        Assert.Equal("adur-return.xlsx", record.Summary.FileName);
        Assert.Equal(pipeline.Clock.GetUtcNow(), record.Summary.ReceivedAt);
        var feedback = await pipeline.BlobAsync(StorageNames.FeedbackContainer, result.FeedbackBlob);
        Assert.NotNull(feedback);
        Assert.Equal("Feedback", SheetRows.SheetNames(feedback)[0]);
        var stored = await pipeline.Get<ReturnLinesRepository>().LoadAsync(result.SubmissionId);
        Assert.NotNull(stored);
        ReturnAssert.SameFigures(filled, stored);
    }

    [Fact]
    public async Task Processing_the_same_upload_twice_changes_nothing_and_adds_no_rows()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));
        var first = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);
        pipeline.Clock.Advance(TimeSpan.FromMinutes(5));

        var second = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        Assert.True(second.AlreadyProcessed);
        Assert.Equal(first.SubmissionId, second.SubmissionId);
        Assert.Equal(SubmissionStatus.Accepted, second.Status);
        Assert.Equal(first.ArchiveBlob, second.ArchiveBlob);
        var record = Assert.Single(await pipeline.SubmissionsAsync("E07000223"));
        Assert.Equal(SubmissionStatus.Accepted, record.Summary.Status);
        Assert.Equal(first.SubmissionId, record.Summary.SubmissionId);
    }

    [Fact]
    public async Task An_accepted_resubmission_supersedes_the_earlier_return_and_keeps_both_records()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var original = pipeline.ValidReturnOf(PipelineHarness.Adur);
        var first = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", await pipeline.FillAsync(original));
        pipeline.Clock.Advance(TimeSpan.FromDays(1));

        var second = await pipeline.IngestAsync("E07000223", "adur-return-v2.xlsx", await pipeline.FillAsync(original.Corrected("End dates corrected.")));

        Assert.Equal(SubmissionStatus.Accepted, second.Status);
        Assert.NotEqual(first.SubmissionId, second.SubmissionId);
        var records = (await pipeline.SubmissionsAsync("E07000223")).ToDictionary(r => r.Summary.SubmissionId);
        Assert.Equal(2, records.Count);
        Assert.Equal(SubmissionStatus.Superseded, records[first.SubmissionId].Summary.Status);
        Assert.Equal(SubmissionStatus.Accepted, records[second.SubmissionId].Summary.Status);
        Assert.Equal(first.ArchiveBlob, records[first.SubmissionId].ArchiveBlob);
        Assert.NotNull(await pipeline.BlobAsync(StorageNames.ArchiveContainer, first.ArchiveBlob));
    }

    [Fact]
    public async Task A_resubmission_that_lowers_spend_to_date_without_a_correction_reason_is_rejected_and_the_earlier_return_stands()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var original = pipeline.ValidReturnOf(PipelineHarness.Adur);
        var first = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", await pipeline.FillAsync(original));
        pipeline.Clock.Advance(TimeSpan.FromDays(1));

        var lower = await pipeline.IngestAsync("E07000223", "adur-return-v2.xlsx", await pipeline.FillAsync(original.WithActualsScaled(0.5m)));

        Assert.Equal(SubmissionStatus.Rejected, lower.Status);
        Assert.Contains(lower.Findings, f => f.RuleId == RuleIds.Cumulative && f.Severity == Severity.Error);
        Assert.Contains("lower than", lower.Reason);
        Assert.Contains("Correction reason", lower.Reason);
        var records = (await pipeline.SubmissionsAsync("E07000223")).ToDictionary(r => r.Summary.SubmissionId);
        Assert.Equal(SubmissionStatus.Accepted, records[first.SubmissionId].Summary.Status);
        Assert.Equal(SubmissionStatus.Rejected, records[lower.SubmissionId].Summary.Status);
        Assert.Null(await pipeline.Get<ReturnLinesRepository>().LoadAsync(lower.SubmissionId));
    }

    [Fact]
    public async Task A_resubmission_that_lowers_spend_with_a_correction_reason_is_accepted()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var original = pipeline.ValidReturnOf(PipelineHarness.Adur);
        var first = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", await pipeline.FillAsync(original));
        var lower = original.WithActualsScaled(0.5m);
        lower = lower with { Spend = lower.Spend.Select(s => s with { CorrectionReason = "Invoices were entered twice" }).ToList() };
        pipeline.Clock.Advance(TimeSpan.FromDays(1));

        var corrected = await pipeline.IngestAsync("E07000223", "adur-return-v2.xlsx", await pipeline.FillAsync(lower));

        Assert.True(corrected.Status == SubmissionStatus.Accepted, corrected.Reason);
        var records = (await pipeline.SubmissionsAsync("E07000223")).ToDictionary(r => r.Summary.SubmissionId);
        Assert.Equal(SubmissionStatus.Superseded, records[first.SubmissionId].Summary.Status);
    }
}
