using Ukspf.Application.Allocations;
using Ukspf.Application.Reconcile;
using Ukspf.Application.Submissions;
using Ukspf.Domain.ReferenceData;
using Ukspf.Domain.Submissions;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>
/// One council, one key: however its folder is written (its GSS code or its slug, in capitals or with spaces), a
/// council's uploads are stored, compared and superseded under its one GSS code.
/// </summary>
public sealed class CouncilKeyTests
{
    [Fact]
    public async Task Uploads_into_ADUR_spaced_adur_adur_and_E07000223_are_one_councils_returns_the_last_accepted_and_the_others_superseded()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var original = pipeline.ValidReturnOf(PipelineHarness.Adur);
        var results = new List<Ingest.IngestResult>();
        foreach (var (folder, note) in new[] { ("ADUR", "First."), (" adur", "Second."), ("adur", "Third."), ("E07000223", "Fourth.") })
        {
            results.Add(await pipeline.IngestAsync(folder, "adur-return.xlsx", await pipeline.FillAsync(original.Corrected(note))));
            pipeline.Clock.Advance(TimeSpan.FromHours(1));
        }

        var records = await pipeline.Get<SubmissionRepository>().ListRoundAsync(PipelineHarness.Round);

        Assert.All(records, r => Assert.Equal("E07000223", r.Summary.LlaCode));
        Assert.All(results, r => Assert.StartsWith("2025-26-Q3/E07000223/", r.ArchiveBlob));
        var byId = records.ToDictionary(r => r.Summary.SubmissionId, r => r.Summary.Status);
        Assert.Equal([SubmissionStatus.Superseded, SubmissionStatus.Superseded, SubmissionStatus.Superseded, SubmissionStatus.Accepted], results.Select(r => byId[r.SubmissionId]));
    }

    [Fact]
    public async Task The_grants_file_lists_the_projects_of_a_council_that_uploaded_into_differently_written_folders_once()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var original = pipeline.ValidReturnOf(PipelineHarness.Adur);
        foreach (var (folder, note) in new[] { ("ADUR", "First."), (" e07000223", "Second."), ("adur", "Third.") })
        {
            await pipeline.IngestAsync(folder, "adur-return.xlsx", await pipeline.FillAsync(original.Corrected(note)));
            pipeline.Clock.Advance(TimeSpan.FromHours(1));
        }

        var reconciled = await pipeline.Get<ReconcileRound>().RunAsync(PipelineHarness.RoundText);

        var csv = CsvTable.Read(new StringReader(System.Text.Encoding.UTF8.GetString((await pipeline.BlobAsync(StorageNames.PublishedContainer, reconciled.GrantsBlob))!)));
        var adurGrants = csv.Rows.Where(r => csv.Get(r, "Funding Org:Identifier") == PipelineHarness.Adur.OrgId).ToList();
        Assert.Equal(original.Projects.Count, adurGrants.Count);
    }

    [Fact]
    public async Task Allocations_given_for_a_council_slug_in_capitals_and_spaces_are_stored_under_its_gss_code()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var csv = new AllocationsCsv().For("  ARUN ", 1m, 2m, year: "2026-27");

        await pipeline.Get<ImportAllocations>().RunAsync(csv.ToStream(), "allocations.csv");

        var book = await pipeline.Get<AllocationRepository>().LoadCouncilAsync("E07000224");
        Assert.Equal(1m, book.Amount("E07000224", new Domain.Rounds.FinancialYear(2026), Domain.Allocations.SpendType.Capital));
    }

    [Fact]
    public async Task A_return_uploaded_into_the_slug_folder_is_superseded_by_one_uploaded_into_the_gss_code_folder()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var original = pipeline.ValidReturnOf(PipelineHarness.Adur);

        var first = await pipeline.IngestAsync("adur", "adur-return.xlsx", await pipeline.FillAsync(original.Corrected("First.")));
        pipeline.Clock.Advance(TimeSpan.FromHours(1));
        var second = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", await pipeline.FillAsync(original.Corrected("Second.")));

        Assert.StartsWith("2025-26-Q3/E07000223/", first.ArchiveBlob);
        var byId = (await pipeline.SubmissionsAsync("E07000223")).ToDictionary(r => r.Summary.SubmissionId, r => r.Summary.Status);
        Assert.Equal([SubmissionStatus.Superseded, SubmissionStatus.Accepted], new[] { byId[first.SubmissionId], byId[second.SubmissionId] });
    }
}
