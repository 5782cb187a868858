using System.Text.Json;
using Ukspf.Application.Reconcile;
using Ukspf.Application.Submissions;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

public sealed class ReconcileGrantsTests
{
    [Fact]
    public async Task Reconcile_publishes_the_grants_as_a_CSV_without_a_byte_order_mark_and_as_a_JSON_package_beside_it()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var ret = pipeline.ValidReturnOf(PipelineHarness.Adur);
        await pipeline.IngestAsync(PipelineHarness.Adur.Code, "adur-return.xlsx", await pipeline.FillAsync(ret));
        pipeline.Clock.Set(new DateTimeOffset(2026, 2, 2, 2, 0, 0, TimeSpan.Zero));

        var result = await pipeline.Get<ReconcileRound>().RunAsync(PipelineHarness.RoundText);

        Assert.Equal("2025-26-Q3/ukspf-grants-2025-26-Q3.csv", result.GrantsBlob);
        Assert.Equal("2025-26-Q3/ukspf-grants-2025-26-Q3.json", result.GrantsJsonBlob);
        var csv = (await pipeline.BlobAsync(StorageNames.PublishedContainer, result.GrantsBlob))!;
        Assert.Equal("Identifier"u8.ToArray(), csv[..10]);
        using var json = JsonDocument.Parse((await pipeline.BlobAsync(StorageNames.PublishedContainer, result.GrantsJsonBlob))!);
        var grant = json.RootElement.GetProperty("grants")[0];
        Assert.Equal("2026-02-02T02:00:00+00:00", grant.GetProperty("dateModified").GetString());
        Assert.Equal("https://ukspf-returns.example.org/published/2025-26-Q3/ukspf-grants-2025-26-Q3.json", grant.GetProperty("dataSource").GetString());
    }

    [Fact]
    public async Task The_result_says_which_councils_are_named_by_our_own_identifier_for_want_of_an_org_id()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var ret = pipeline.ValidReturnOf(PipelineHarness.Adur);
        await pipeline.IngestAsync(PipelineHarness.Adur.Code, "adur-return.xlsx", await pipeline.FillAsync(ret));

        var result = await pipeline.Get<ReconcileRound>().RunAsync(PipelineHarness.RoundText);

        Assert.Contains(result.GrantsNotes, n => n.Contains($"({PipelineHarness.Adur.Code}) has no registered org-id", StringComparison.Ordinal));
    }
}
