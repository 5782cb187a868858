using Ukspf.Domain.Submissions;
using Ukspf.Workbooks.Filling;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>Whose return it is is decided by what the officer sees as well as by the hidden metadata.</summary>
public sealed class CouncilOfReturnTests
{
    [Fact]
    public async Task A_return_whose_hidden_metadata_was_changed_to_another_council_is_rejected_by_its_start_sheet()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        // Arun's template, with its very hidden metadata overtyped to say Adur (Metadata!B4 is the council code, B5 its name).
        var disguised = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Arun), [new CellEdit("Metadata", "B4", "E07000223"), new CellEdit("Metadata", "B5", "Adur")]);

        var result = await pipeline.IngestAsync("E07000223", "return.xlsx", disguised);

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        Assert.Contains("Start", result.Reason);
        Assert.Contains("Arun", result.Reason);
    }

    [Fact]
    public async Task A_return_whose_start_sheet_and_metadata_agree_is_accepted()
    {
        using var pipeline = await PipelineHarness.StartAsync();

        var result = await pipeline.IngestAsync("E07000224", "return.xlsx", await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Arun)));

        Assert.Equal(SubmissionStatus.Accepted, result.Status);
    }
}
