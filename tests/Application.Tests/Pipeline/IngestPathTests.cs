using Ukspf.Application.Submissions;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Xunit;
using Ukspf.Domain.Returns;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>
/// Paths that are not valid names: an upload whose round or council folder cannot be a storage key is refused and
/// recorded among the unroutable uploads, with its original archived; one whose file name cannot be kept is a
/// Rejected submission of its council. Neither is thrown to the host, since the name will never become valid.
/// </summary>
public sealed class IngestPathTests
{
    public static TheoryData<string, string> UnusableFolders => new()
    {
        { PipelineHarness.RoundText, "../.." },
        { PipelineHarness.RoundText, "E07000223/../breckland" },
        { PipelineHarness.RoundText, "ad\u0001ur" },
        { PipelineHarness.RoundText, new string('a', 300) },
        { "../..", "E07000223" },
        { "2025-26-Q3/../2025-26-Q2", "E07000223" },
        { "2025-26-\u0007Q3", "E07000223" },
        { new string('2', 300), "E07000223" },
    };

    [Theory]
    [MemberData(nameof(UnusableFolders))]
    public async Task An_upload_into_a_folder_that_cannot_be_a_key_is_refused_recorded_and_archived_not_thrown(string round, string council)
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));

        var result = await pipeline.IngestAsync(council, "adur-return.xlsx", bytes, round);

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        Assert.Contains("folder", result.Reason);
        Assert.StartsWith(SubmissionRepository.UnroutablePartition + "/", result.ArchiveBlob);
        Assert.Equal(bytes, await pipeline.BlobAsync(StorageNames.ArchiveContainer, result.ArchiveBlob));
        Assert.Equal("Rejected", await pipeline.FeedbackResultAsync(result.FeedbackBlob));
        var refused = Assert.Single(await pipeline.Get<SubmissionRepository>().ListUnroutableAsync());
        Assert.Equal(result.SubmissionId, refused.SubmissionId);
        Assert.Equal(result.Reason, refused.Reason);
        Assert.Equal(result.ArchiveBlob, refused.ArchiveBlob);
        Assert.Empty(await pipeline.Get<SubmissionRepository>().ListAllAsync());
    }

    [Fact]
    public async Task An_upload_into_a_folder_that_is_not_a_round_is_recorded_among_the_unroutable_uploads()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes, round: "2025-Q9");

        var refused = Assert.Single(await pipeline.Get<SubmissionRepository>().ListUnroutableAsync());
        Assert.Equal("2025-Q9/E07000223/adur-return.xlsx", refused.InboxName);
        Assert.Equal(result.Reason, refused.Reason);
        Assert.Equal(result.ArchiveBlob, refused.ArchiveBlob);
    }

    [Theory]
    [InlineData("adur-return\uFFFE.xlsx")]
    [InlineData("adur-return\uFFFF.xlsx")]
    [InlineData("adur\u0001return.xlsx")]
    [InlineData("../E07000143/adur-return.xlsx")]
    [InlineData("final//adur-return.xlsx")]
    public async Task An_upload_whose_file_name_cannot_be_kept_is_a_rejected_submission_of_its_council_with_the_reason(string name)
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));

        var result = await pipeline.IngestAsync("E07000223", name, bytes);

        await IngestBadInputTests.AssertRejectedAndKeptAsync(pipeline, "E07000223", result, bytes, RuleIds.File, "file name");
        var record = Assert.Single(await pipeline.SubmissionsAsync("E07000223"));
        Assert.True(XmlCharacters.CanCarry(record.Summary.FileName), record.Summary.FileName);
        Assert.True(XmlCharacters.CanCarry(record.Summary.Reason!), record.Summary.Reason);
    }

    [Fact]
    public async Task A_council_folder_with_a_name_in_a_sub_folder_is_still_the_councils_upload()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));

        var result = await pipeline.IngestAsync("E07000223", "final/adur-return.xlsx", bytes);

        Assert.True(result.Status == SubmissionStatus.Accepted, result.Reason);
    }
}
