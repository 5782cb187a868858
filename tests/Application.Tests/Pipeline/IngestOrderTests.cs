using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>
/// The order of versions: of a council's versions of one round's return, the one received last stands (if valid)
/// and the others are superseded, whatever order they are processed in, and R04 holds each to the last accepted
/// return received before it. "Received" is when the blob landed, not when processing started.
/// </summary>
public sealed class IngestOrderTests
{
    private static readonly DateTimeOffset Morning = new(2026, 1, 12, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_version_received_earlier_but_processed_later_ends_superseded_and_the_later_one_stays_accepted()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var original = pipeline.ValidReturnOf(PipelineHarness.Adur);
        var first = await pipeline.FillAsync(original);
        var second = await pipeline.FillAsync(original.Corrected("End dates corrected."));
        var later = await pipeline.IngestAsync("E07000223", "adur-return-v2.xlsx", second, receivedAt: Morning.AddMinutes(5));
        pipeline.Clock.Advance(TimeSpan.FromMinutes(1));

        var earlier = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", first, receivedAt: Morning);

        Assert.Equal(SubmissionStatus.Superseded, earlier.Status);
        Assert.Equal("Superseded", await pipeline.FeedbackResultAsync(earlier.FeedbackBlob));
        var records = (await pipeline.SubmissionsAsync("E07000223")).ToDictionary(r => r.Summary.SubmissionId, r => r.Summary);
        Assert.Equal(SubmissionStatus.Accepted, records[later.SubmissionId].Status);
        Assert.Equal(SubmissionStatus.Superseded, records[earlier.SubmissionId].Status);
        Assert.Equal(Morning, records[earlier.SubmissionId].ReceivedAt);
    }

    [Fact]
    public async Task A_version_processed_late_is_held_by_R04_to_the_last_accepted_return_received_before_it_not_to_a_later_one()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var full = pipeline.ValidReturnOf(PipelineHarness.Adur);
        var v0 = await pipeline.IngestAsync("E07000223", "v0.xlsx", await pipeline.FillAsync(full.WithActualsScaled(0.5m)), receivedAt: Morning);
        var v2 = await pipeline.IngestAsync("E07000223", "v2.xlsx", await pipeline.FillAsync(full), receivedAt: Morning.AddHours(2));
        Assert.Equal([SubmissionStatus.Accepted, SubmissionStatus.Accepted], new[] { v0.Status, v2.Status });

        // Received between the two: higher than v0, lower than v2.
        var v1 = await pipeline.IngestAsync("E07000223", "v1.xlsx", await pipeline.FillAsync(full.WithActualsScaled(0.7m)), receivedAt: Morning.AddHours(1));

        Assert.DoesNotContain(v1.Findings, f => f.RuleId == RuleIds.Cumulative);
        Assert.Equal(SubmissionStatus.Superseded, v1.Status);
        var records = (await pipeline.SubmissionsAsync("E07000223")).ToDictionary(r => r.Summary.SubmissionId, r => r.Summary.Status);
        Assert.Equal(SubmissionStatus.Superseded, records[v0.SubmissionId]);
        Assert.Equal(SubmissionStatus.Superseded, records[v1.SubmissionId]);
        Assert.Equal(SubmissionStatus.Accepted, records[v2.SubmissionId]);
    }

    [Fact]
    public async Task A_version_received_later_and_lowering_spend_is_held_by_R04_to_the_one_received_before_it()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var full = pipeline.ValidReturnOf(PipelineHarness.Adur);
        await pipeline.IngestAsync("E07000223", "v1.xlsx", await pipeline.FillAsync(full), receivedAt: Morning);

        var lower = await pipeline.IngestAsync("E07000223", "v2.xlsx", await pipeline.FillAsync(full.WithActualsScaled(0.5m)), receivedAt: Morning.AddHours(1));

        Assert.Equal(SubmissionStatus.Rejected, lower.Status);
        Assert.Contains(lower.Findings, f => f.RuleId == RuleIds.Cumulative && f.Severity == Severity.Error);
    }

    [Fact]
    public async Task Processing_an_accepted_upload_again_finishes_superseding_what_an_interrupted_attempt_left_accepted()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var original = pipeline.ValidReturnOf(PipelineHarness.Adur);
        var first = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", await pipeline.FillAsync(original), receivedAt: Morning);
        var secondBytes = await pipeline.FillAsync(original.Corrected("End dates corrected."));
        var second = await pipeline.IngestAsync("E07000223", "adur-return-v2.xlsx", secondBytes, receivedAt: Morning.AddMinutes(5));
        // As a host that stopped after recording the second version, before superseding the first, would leave them.
        var repository = pipeline.Get<Submissions.SubmissionRepository>();
        var superseded = (await pipeline.SubmissionsAsync("E07000223")).Single(r => r.Summary.SubmissionId == first.SubmissionId);
        await repository.SaveAsync(superseded with { Summary = superseded.Summary with { Status = SubmissionStatus.Accepted } });

        var again = await pipeline.IngestAsync("E07000223", "adur-return-v2.xlsx", secondBytes, receivedAt: Morning.AddMinutes(5));

        Assert.True(again.AlreadyProcessed);
        Assert.Equal(SubmissionStatus.Accepted, again.Status);
        var records = (await pipeline.SubmissionsAsync("E07000223")).ToDictionary(r => r.Summary.SubmissionId, r => r.Summary.Status);
        Assert.Equal(SubmissionStatus.Superseded, records[first.SubmissionId]);
        Assert.Equal(SubmissionStatus.Accepted, records[second.SubmissionId]);
    }

    [Fact]
    public async Task Two_versions_processed_at_once_end_with_the_one_received_last_accepted_and_the_earlier_superseded()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var original = pipeline.ValidReturnOf(PipelineHarness.Adur);
        var first = await pipeline.FillAsync(original);
        var second = await pipeline.FillAsync(original.Corrected("End dates corrected."));

        var results = await Task.WhenAll(
            Task.Run(() => pipeline.IngestAsync("E07000223", "adur-return-v2.xlsx", second, receivedAt: Morning.AddMinutes(5))),
            Task.Run(() => pipeline.IngestAsync("E07000223", "adur-return.xlsx", first, receivedAt: Morning)));

        var records = (await pipeline.SubmissionsAsync("E07000223")).ToDictionary(r => r.Summary.SubmissionId, r => r.Summary.Status);
        Assert.Equal(SubmissionStatus.Accepted, records[results[0].SubmissionId]);
        Assert.Equal(SubmissionStatus.Superseded, records[results[1].SubmissionId]);
    }
}
