using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Ukspf.Application.Rounds;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>Returns for rounds other than the current one: the wrong round, a round never opened, and earlier rounds.</summary>
public sealed class IngestAcrossRoundsTests
{
    private static readonly RoundId Q2 = RoundId.Parse("2025-26-Q2");

    [Fact]
    public async Task Rejects_the_template_of_one_round_uploaded_into_another()
    {
        using var pipeline = await OpenQ2Async();
        var bytes = await pipeline.FillAsync(ValidReturn.For(PipelineHarness.Adur, Q2));

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        await IngestBadInputTests.AssertRejectedAndKeptAsync(pipeline, "E07000223", result, bytes, RuleIds.Template,
            "template for '2025-26-Q2', but it was uploaded to the 2025-26-Q3 round");
    }

    [Fact]
    public async Task Rejects_an_upload_into_a_round_that_was_never_opened()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes, round: "2025-26-Q4");

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        Assert.Contains("round that has not been set up", result.Reason);
        Assert.Equal(bytes, await pipeline.BlobAsync(StorageNames.ArchiveContainer, result.ArchiveBlob));
        Assert.NotNull(await pipeline.BlobAsync(StorageNames.FeedbackContainer, result.FeedbackBlob));
        var record = Assert.Single(await pipeline.Get<Submissions.SubmissionRepository>().ListRoundAsync(RoundId.Parse("2025-26-Q4")));
        Assert.Equal(SubmissionStatus.Rejected, record.Summary.Status);
    }

    [Fact]
    public async Task A_return_is_checked_against_the_councils_accepted_return_of_the_round_before()
    {
        using var pipeline = await OpenQ2Async();
        var q2 = await pipeline.IngestAsync("E07000223", "adur-q2.xlsx", await pipeline.FillAsync(ValidReturn.For(PipelineHarness.Adur, Q2)), Q2.ToString());
        Assert.Equal(SubmissionStatus.Accepted, q2.Status);
        pipeline.Clock.Advance(TimeSpan.FromDays(60));

        var q3 = await pipeline.IngestAsync("E07000223", "adur-q3.xlsx", await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur).WithActualsScaled(0.3m)));

        Assert.Equal(SubmissionStatus.Rejected, q3.Status);
        Assert.Contains(q3.Findings, f => f.RuleId == RuleIds.Cumulative && f.Message.Contains("(2025-26-Q2)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_late_return_for_an_earlier_round_is_not_held_to_the_figures_of_a_later_round()
    {
        using var pipeline = await OpenQ2Async();
        var q3 = await pipeline.IngestAsync("E07000223", "adur-q3.xlsx", await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur)));
        Assert.Equal(SubmissionStatus.Accepted, q3.Status);
        pipeline.Clock.Advance(TimeSpan.FromDays(1));

        // Spend to the end of Q2 is naturally less than spend to the end of Q3: that is not a figure going down.
        var q2 = await pipeline.IngestAsync("E07000223", "adur-q2.xlsx", await pipeline.FillAsync(ValidReturn.For(PipelineHarness.Adur, Q2)), Q2.ToString());

        Assert.True(q2.Status == SubmissionStatus.Accepted, q2.Reason);
        Assert.DoesNotContain(q2.Findings, f => f.RuleId == RuleIds.Cumulative);
    }

    private static async Task<PipelineHarness> OpenQ2Async()
    {
        var pipeline = await PipelineHarness.StartAsync();
        await pipeline.Get<OpenRound>().RunAsync(Q2.ToString(), new DateOnly(2025, 10, 31));
        return pipeline;
    }
}
