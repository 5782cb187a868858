using Ukspf.Application.Allocations;
using Ukspf.Application.Reconcile;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Storage.Tables;
using Ukspf.Testing.Reports;
using Ukspf.Testing.Sheets;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>
/// Reconciling a round with a history of earlier rounds: the cross-round checks read each council's latest earlier
/// return as the totals stored beside its lines, and a store written before totals were kept is read from its lines.
/// </summary>
public sealed class ReconcileHistoryTests
{
    private static readonly RoundId Q4Before = RoundId.Parse("2024-25-Q4");
    private static readonly RoundId Q1 = RoundId.Parse("2025-26-Q1");
    private static readonly RoundId Q2 = RoundId.Parse("2025-26-Q2");

    [Fact]
    public async Task A_round_with_history_reconciles_as_it_does_from_every_line_of_every_round()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        await StoreHistoryAsync(pipeline);
        pipeline.Clock.Set(new DateTimeOffset(2026, 2, 2, 2, 0, 0, TimeSpan.Zero));

        var reconcile = pipeline.Get<ReconcileRound>();
        var result = await reconcile.RunAsync(PipelineHarness.RoundText);
        var oracle = await FromEveryLineAsync(pipeline);

        Assert.Equal(ReportFigures.Of(oracle), ReportFigures.Of(result.Report));
        Assert.Equal(Messages(oracle), Messages(result.Report));
        Assert.Equal(oracle.Submissions, result.Report.Submissions);
        Assert.Equal(
        [
            $"{PipelineHarness.Adur.Name}'s cumulative spend on project E07-001 fell from £60,000.00 in the 2025-26-Q2 return to £45,000.00, with no correction reason.",
            $"{PipelineHarness.Adur.Name}'s cumulative spend on project E07-002 fell from £60,000.00 in the 2025-26-Q2 return to £45,000.00, with no correction reason.",
            $"{PipelineHarness.Arun.Name}'s cumulative CP-O11 \"Number of commercial buildings developed or improved\" on project E07-001 fell from 9 in the 2025-26-Q2 return to 4, with no correction reason.",
            $"{PipelineHarness.Arun.Name}'s cumulative CP-O11 \"Number of commercial buildings developed or improved\" on project E07-002 fell from 9 in the 2025-26-Q2 return to 4, with no correction reason.",
            $"{PipelineHarness.Ashford.Name}'s cumulative spend on project ASH-OLD fell from £7,500.00 in the 2024-25-Q4 return to £0.00, with no correction reason.",
        ], result.Report.Findings.Where(f => f.Kind == ReconciliationKinds.CumulativeDecrease).Select(f => f.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_store_written_before_totals_were_kept_publishes_the_same_workbook_and_grants_from_the_lines()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var ids = await StoreHistoryAsync(pipeline);
        pipeline.Clock.Set(new DateTimeOffset(2026, 2, 2, 2, 0, 0, TimeSpan.Zero));
        var reconcile = pipeline.Get<ReconcileRound>();
        var withTotals = await reconcile.RunAsync(PipelineHarness.RoundText);
        var published = await PublishedAsync(pipeline, withTotals);

        var tables = pipeline.Get<ITableStore>();
        foreach (var id in ids) Assert.True(await tables.DeleteAsync(StorageNames.ReturnLinesTable, id, "T|00000"));
        var fromLines = await reconcile.RunAsync(PipelineHarness.RoundText);

        Assert.Equal(ReportFigures.Of(withTotals.Report), ReportFigures.Of(fromLines.Report));
        Assert.Equal(Messages(withTotals.Report), Messages(fromLines.Report));
        Assert.Equal(5, fromLines.Report.Findings.Count(f => f.Kind == ReconciliationKinds.CumulativeDecrease));
        Assert.Equal(published, await PublishedAsync(pipeline, fromLines));
    }

    [Fact]
    public async Task An_earlier_round_is_read_as_the_totals_kept_at_ingest_not_as_its_lines()
    {
        // Q3 is accepted first; a late Q2 return, accepted after it with higher spend, is what Q3 is then compared with.
        using var pipeline = await PipelineHarness.StartAsync();
        await pipeline.Get<OpenRound>().RunAsync(Q2.ToString(), new DateOnly(2025, 10, 31));
        var q3 = await pipeline.IngestAsync(PipelineHarness.Adur.Code, "adur-q3.xlsx", await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur)));
        pipeline.Clock.Advance(TimeSpan.FromDays(1));
        var q2 = await pipeline.IngestAsync(PipelineHarness.Adur.Code, "adur-q2.xlsx", await pipeline.FillAsync(ValidReturn.For(PipelineHarness.Adur, Q2, spendPerQuarter: 22_000m)), Q2.ToString());
        Assert.Equal((SubmissionStatus.Accepted, SubmissionStatus.Accepted), (q3.Status, q2.Status));

        // Every line of the Q2 return is gone but its totals rows: the reconciliation does not need them.
        var tables = pipeline.Get<ITableStore>();
        await foreach (var row in tables.QueryPartitionAsync(StorageNames.ReturnLinesTable, q2.SubmissionId))
            if (!row.RowKey.StartsWith("T|", StringComparison.Ordinal)) await tables.DeleteAsync(StorageNames.ReturnLinesTable, q2.SubmissionId, row.RowKey);
        Assert.Null(await pipeline.Get<ReturnLinesRepository>().LoadAsync(q2.SubmissionId));

        var report = await pipeline.Get<ReconcileRound>().ReportAsync(PipelineHarness.RoundText);

        Assert.Equal(
        [
            $"{PipelineHarness.Adur.Name}'s cumulative spend on project E07-001 fell from £66,000.00 in the 2025-26-Q2 return to £45,000.00, with no correction reason.",
            $"{PipelineHarness.Adur.Name}'s cumulative spend on project E07-002 fell from £66,000.00 in the 2025-26-Q2 return to £45,000.00, with no correction reason.",
        ], report.Findings.Where(f => f.Kind == ReconciliationKinds.CumulativeDecrease).Select(f => f.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_totals_read_back_are_the_totals_of_the_lines_stored()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var lines = pipeline.Get<ReturnLinesRepository>();
        var ret = EarlierOfAshford();
        await lines.SaveAsync("ashfordtotals", ret);

        var stored = await lines.LoadTotalsAsync("ashfordtotals");

        var expected = CumulativeTotals.Of(ret);
        Assert.NotNull(stored);
        Assert.Equal(expected.Round, stored.Round);
        Assert.Equal(expected.Spend, stored.Spend);
        Assert.Equal(expected.Indicators, stored.Indicators);
        Assert.Contains(new SpendTotal("ASH-OLD", Q1.Year, 7_500m), stored.Spend);
        Assert.Null(await lines.LoadTotalsAsync("nothingstored"));
    }

    [Fact]
    public async Task Totals_too_long_for_one_row_are_kept_across_rows_and_read_back_whole()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var lines = pipeline.Get<ReturnLinesRepository>();
        var ret = ValidReturn.For(PipelineHarness.Adur, Q2);
        var projects = Enumerable.Range(1, 1_500).Select(i => $"PROJECT-WITH-A-LONG-REFERENCE-{i:00000}").ToList();
        ret = ret with
        {
            Spend = projects.Select((p, i) => new SpendLine(p, Q2, i, 0.5m, 0m, 0m)).ToList(),
            Outputs = projects.Select(p => new IndicatorLine(p, "CP-O11", "number", 3m, 3m, 10m)).ToList(),
        };
        await lines.SaveAsync("adurlarge", ret);

        var stored = await lines.LoadTotalsAsync("adurlarge");

        Assert.NotNull(await pipeline.Get<ITableStore>().GetAsync(StorageNames.ReturnLinesTable, "adurlarge", "T|00002"));
        Assert.Equal(CumulativeTotals.Of(ret).Spend, stored!.Spend);
        Assert.Equal(CumulativeTotals.Of(ret).Indicators, stored.Indicators);
    }

    [Fact]
    public async Task The_report_for_a_dashboard_is_what_the_nightly_run_publishes_and_writes_no_blob()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        await StoreHistoryAsync(pipeline);
        pipeline.Clock.Set(new DateTimeOffset(2026, 2, 2, 2, 0, 0, TimeSpan.Zero));
        var reconcile = pipeline.Get<ReconcileRound>();

        var report = await reconcile.ReportAsync(PipelineHarness.RoundText);

        Assert.Empty(await PublishedBlobsAsync(pipeline));
        var published = await reconcile.RunAsync(PipelineHarness.RoundText);
        Assert.Equal(ReportFigures.Of(published.Report), ReportFigures.Of(report));
        Assert.Equal(Messages(published.Report), Messages(report));
        Assert.Equal(published.Report.Submissions, report.Submissions);
        Assert.Equal(published.Report.AsOf, report.AsOf);
        Assert.NotEmpty(await PublishedBlobsAsync(pipeline));
    }

    /// <summary>
    /// Three councils over three earlier rounds and the current one, stored as ingest stores them: resubmissions, a
    /// version recorded as superseded, a rejected and a failed upload with figures no accepted return has, project
    /// references in another case, and spend of a later year in an earlier year's return. Returns every submission id
    /// that has lines.
    /// </summary>
    private static async Task<IReadOnlyList<string>> StoreHistoryAsync(PipelineHarness pipeline)
    {
        var (adur, arun, ashford) = (PipelineHarness.Adur, PipelineHarness.Arun, PipelineHarness.Ashford);
        var ids = new List<string>();
        async Task Save(string id, Council council, RoundId round, SubmissionStatus status, int day, CouncilReturn ret)
        {
            await pipeline.Get<ReturnLinesRepository>().SaveAsync(id, ret);
            var received = new DateTimeOffset(round.End.AddDays(day).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
            await pipeline.Get<SubmissionRepository>().SaveAsync(new SubmissionRecord(
                new SubmissionSummary(id, council.Code, round, $"{id}.xlsx", received, status, status == SubmissionStatus.Rejected ? 1 : 0, 0, null), "", "", ""));
            ids.Add(id);
        }

        await Save("adurq1", adur, Q1, SubmissionStatus.Accepted, 10, ValidReturn.For(adur, Q1));
        await Save("adurq2first", adur, Q2, SubmissionStatus.Superseded, 10, ValidReturn.For(adur, Q2));
        await Save("adurq2second", adur, Q2, SubmissionStatus.Accepted, 12, ValidReturn.For(adur, Q2, spendPerQuarter: 20_000m));
        await Save("adurq2rejected", adur, Q2, SubmissionStatus.Rejected, 14, ValidReturn.For(adur, Q2, spendPerQuarter: 90_000m));
        await Save("adurq2failed", adur, Q2, SubmissionStatus.Failed, 15, ValidReturn.For(adur, Q2, spendPerQuarter: 80_000m));

        await Save("arunq1", arun, Q1, SubmissionStatus.Accepted, 10, ValidReturn.For(arun, Q1));
        await Save("arunq2", arun, Q2, SubmissionStatus.Accepted, 10, ValidReturn.For(arun, Q2));
        // Recorded superseded, though received after the accepted version: the one received last is the one compared.
        var resent = ValidReturn.For(arun, Q2);
        await Save("arunq2resent", arun, Q2, SubmissionStatus.Superseded, 11, resent with
        {
            Outputs = resent.Outputs.Select(o => o with { ProjectRef = " " + o.ProjectRef.ToLowerInvariant(), CumulativeActual = 9m }).ToList(),
        });

        await Save("ashfordq4", ashford, Q4Before, SubmissionStatus.Accepted, 10, EarlierOfAshford());

        foreach (var council in PipelineHarness.Councils)
            await Save($"{council.Code.ToLowerInvariant()}q3", council, PipelineHarness.Round, SubmissionStatus.Accepted, 10, pipeline.ValidReturnOf(council));
        return ids;
    }

    /// <summary>Ashford's last return of 2024-25, which also reported spend in 2025-26 on a project its 2025-26 returns no longer have.</summary>
    private static CouncilReturn EarlierOfAshford()
    {
        var ret = ValidReturn.For(PipelineHarness.Ashford, Q4Before);
        return ret with
        {
            Spend = [.. ret.Spend, new SpendLine("ASH-OLD", Q1, 5_000m, 2_000m, 0m, 0m), new SpendLine("ash-old ", Q1, 0m, 500m, 0m, 0m)],
        };
    }

    /// <summary>
    /// The report as the reconciliation read its stores before totals were kept: every line of every submission
    /// loaded, and each council's latest accepted (or superseded) return of an earlier round taken whole.
    /// </summary>
    private static async Task<RoundReport> FromEveryLineAsync(PipelineHarness pipeline)
    {
        var round = (await pipeline.Get<RoundRepository>().GetAsync(PipelineHarness.Round))!;
        var book = await pipeline.Get<AllocationRepository>().LoadAsync();
        var all = await pipeline.Get<SubmissionRepository>().ListAllAsync();
        var lines = new Dictionary<string, CouncilReturn>();
        foreach (var s in all)
            if (await pipeline.Get<ReturnLinesRepository>().LoadAsync(s.Summary.SubmissionId) is { } ret) lines[s.Summary.SubmissionId] = ret;

        var thisRound = all.Where(s => s.Summary.Round == round.Id).ToList();
        var accepted = thisRound.Where(s => s.Summary.Status == SubmissionStatus.Accepted).OrderBy(s => s.Summary.ReceivedAt)
            .ToDictionary(s => s.Summary.LlaCode, s => lines[s.Summary.SubmissionId]);
        var earlier = all.Where(s => s.Summary.Round.CompareTo(round.Id) < 0 && s.Summary.Status is SubmissionStatus.Accepted or SubmissionStatus.Superseded)
            .GroupBy(s => s.Summary.LlaCode)
            .Select(g => g.OrderByDescending(s => s.Summary.Round).ThenByDescending(s => s.Summary.ReceivedAt).First())
            .ToDictionary(s => s.Summary.LlaCode, s => CumulativeTotals.Of(lines[s.Summary.SubmissionId]));
        var councils = book.CouncilsIn(round.Id.Year).Select(code => CouncilRegister.Default.Find(code)!).ToList();
        var data = new RoundData(round, DateOnly.FromDateTime(pipeline.Clock.GetUtcNow().UtcDateTime), councils, book, accepted, earlier,
            thisRound.Select(s => s.Summary).ToList(), Domain.Catalogue.Catalogue.Default);
        return RoundReconciler.Reconcile(data, pipeline.Get<PipelineOptions>().Metrics);
    }

    /// <summary>Every sheet of the consolidated workbook, cell by cell, and the bytes of both grants files.</summary>
    private static async Task<IReadOnlyList<string>> PublishedAsync(PipelineHarness pipeline, ReconcileResult result)
    {
        var workbook = (await pipeline.BlobAsync(StorageNames.PublishedContainer, result.LatestBlob))!;
        var published = SheetRows.SheetNames(workbook)
            .SelectMany(sheet => SheetRows.Read(workbook, sheet).Select((row, i) =>
                $"{sheet}!{i}: {string.Join(" | ", row.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"))}"))
            .ToList();
        published.Add(Convert.ToBase64String((await pipeline.BlobAsync(StorageNames.PublishedContainer, result.GrantsBlob))!));
        published.Add(Convert.ToBase64String((await pipeline.BlobAsync(StorageNames.PublishedContainer, result.GrantsJsonBlob))!));
        return published;
    }

    private static async Task<List<string>> PublishedBlobsAsync(PipelineHarness pipeline)
    {
        var names = new List<string>();
        await foreach (var blob in pipeline.Blobs.ListAsync(StorageNames.PublishedContainer)) names.Add(blob.Name);
        return names;
    }

    private static IReadOnlyList<string> Messages(RoundReport report) => report.Findings.Select(f => f.Message).ToList();
}
