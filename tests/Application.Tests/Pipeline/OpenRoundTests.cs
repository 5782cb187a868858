using Ukspf.Application.Allocations;
using Ukspf.Application.Rounds;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>Which councils are LLAs in a funding year is data: the allocations the fund manager imported for it.</summary>
public sealed class OpenRoundTests
{
    [Fact]
    public async Task Opening_a_round_writes_a_template_under_the_gss_code_of_each_council_with_an_allocation_that_year_and_none_for_the_rest()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var csv = new AllocationsCsv().For("West Sussex County Council", 1m, 2m, year: "2023-24").For("adur", 1m, 2m, year: "2024-25");
        await pipeline.Get<ImportAllocations>().RunAsync(csv.ToStream(), "allocations.csv");

        var opened = await pipeline.Get<OpenRound>().RunAsync("2024-25-Q4", new DateOnly(2025, 4, 30));

        Assert.Equal(["2024-25-Q4/E07000223.xlsx"], opened.Templates);
        Assert.Null(await pipeline.BlobAsync(StorageNames.TemplatesContainer, "2024-25-Q4/E10000032.xlsx"));
    }
}
