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
    public async Task A_council_the_register_gives_an_org_id_is_the_funder_by_it_and_no_note_says_otherwise()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var ret = pipeline.ValidReturnOf(PipelineHarness.Adur);
        await pipeline.IngestAsync(PipelineHarness.Adur.Code, "adur-return.xlsx", await pipeline.FillAsync(ret));

        var result = await pipeline.Get<ReconcileRound>().RunAsync(PipelineHarness.RoundText);

        Assert.Equal("GB-LAE-ADU", PipelineHarness.Adur.OrgId);
        Assert.DoesNotContain(result.GrantsNotes, n => n.Contains(PipelineHarness.Adur.Code, StringComparison.Ordinal) && n.Contains("org-id", StringComparison.Ordinal));
        using var json = JsonDocument.Parse((await pipeline.BlobAsync(StorageNames.PublishedContainer, result.GrantsJsonBlob))!);
        Assert.Equal(ret.Projects.Count, json.RootElement.GetProperty("grants").GetArrayLength());
        Assert.All(json.RootElement.GetProperty("grants").EnumerateArray(),
            g => Assert.Equal(("GB-LAE-ADU", "Adur District Council"), (g.GetProperty("fundingOrganization")[0].GetProperty("id").GetString(), g.GetProperty("fundingOrganization")[0].GetProperty("name").GetString())));
    }
}
