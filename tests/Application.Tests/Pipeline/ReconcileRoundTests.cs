using System.Globalization;
using Ukspf.Domain.Reconciliation;
using Ukspf.Application.Reconcile;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Testing.Reports;
using Ukspf.Testing.Sheets;
using Ukspf.Workbooks.Consolidated;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

public sealed class ReconcileRoundTests
{
    [Fact]
    public async Task Publishes_the_consolidated_workbook_under_its_stable_name_and_a_dated_copy()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        await IngestValidAsync(pipeline, PipelineHarness.Adur.Code);
        pipeline.Clock.Set(new DateTimeOffset(2026, 2, 2, 2, 0, 0, TimeSpan.Zero));

        var result = await pipeline.Get<ReconcileRound>().RunAsync(PipelineHarness.RoundText);

        Assert.Equal("2025-26-Q3/ukspf-consolidated-2025-26-Q3.xlsx", result.LatestBlob);
        Assert.Equal("2025-26-Q3/ukspf-consolidated-2025-26-Q3-20260202T020000Z.xlsx", result.PublishedBlob);
        var latest = await pipeline.BlobAsync(StorageNames.PublishedContainer, result.LatestBlob);
        var dated = await pipeline.BlobAsync(StorageNames.PublishedContainer, result.PublishedBlob);
        Assert.NotNull(latest);
        Assert.Equal(latest, dated);
        Assert.Equal(ConsolidatedReturnWriter.SheetNames, SheetRows.SheetNames(latest));
    }

    [Fact]
    public async Task The_published_Councils_sheet_has_one_row_per_council_with_the_figures_of_the_report()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        await IngestValidAsync(pipeline, PipelineHarness.Adur.Code);
        await IngestValidAsync(pipeline, PipelineHarness.Arun.Code);

        var result = await pipeline.Get<ReconcileRound>().RunAsync(PipelineHarness.RoundText);

        var rows = SheetRows.Table((await pipeline.BlobAsync(StorageNames.PublishedContainer, result.LatestBlob))!, "Councils");
        Assert.Equal(PipelineHarness.Councils.Select(c => c.Code).Order(), rows.Select(r => r["GSS code"]).Order());
        foreach (var council in result.Report.Councils)
        {
            var row = Assert.Single(rows, r => r["GSS code"] == council.LlaCode);
            Assert.Equal(council.Name, row["Council"]);
            Assert.Equal(council.Capital.Allocation, Money(row["Capital allocation"]));
            Assert.Equal(council.Revenue.Allocation, Money(row["Revenue allocation"]));
            Assert.Equal(council.Capital.Actual, Money(row["Capital actual to date"]));
            Assert.Equal(council.Revenue.Actual, Money(row["Revenue actual to date"]));
            Assert.Equal(council.Total.Actual, Money(row["Total actual to date"]));
            Assert.Equal(council.Total.ForecastOutturn, Money(row["Forecast outturn"]));
            Assert.Equal(council.Total.UnderspendRisk, Money(row["Underspend risk"]));
            Assert.Equal(council.Rag.ToString(), row["RAG"]);
        }
        var adur = result.Report.Councils.Single(c => c.LlaCode == "E07000223");
        Assert.Equal(100_000m, adur.Capital.Allocation);
        Assert.Equal(60_000m, adur.Capital.Actual);
        Assert.True(adur.HasAcceptedReturn);
    }

    [Fact]
    public async Task A_council_that_has_not_returned_after_the_deadline_is_reported_missing_in_Exceptions()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        await IngestValidAsync(pipeline, PipelineHarness.Adur.Code);
        await IngestValidAsync(pipeline, PipelineHarness.Arun.Code);
        pipeline.Clock.Set(new DateTimeOffset(2026, 2, 2, 2, 0, 0, TimeSpan.Zero));

        var result = await pipeline.Get<ReconcileRound>().RunAsync(PipelineHarness.RoundText);

        var missing = Assert.Single(result.Report.Findings, f => f.Kind == ReconciliationKinds.Missing);
        Assert.Equal(PipelineHarness.Ashford.Code, missing.LlaCode);
        var exceptions = SheetRows.Table((await pipeline.BlobAsync(StorageNames.PublishedContainer, result.LatestBlob))!, "Exceptions");
        Assert.Contains(exceptions, r => r["Kind"] == ReconciliationKinds.Missing && r["GSS code"] == "E07000105" && r["Severity"] == "Error");
        Assert.False(result.Report.Councils.Single(c => c.LlaCode == "E07000105").HasAcceptedReturn);
    }

    [Fact]
    public async Task A_return_accepted_after_the_deadline_is_reported_late()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        pipeline.Clock.Set(new DateTimeOffset(2026, 2, 3, 16, 45, 0, TimeSpan.Zero));
        await IngestValidAsync(pipeline, PipelineHarness.Adur.Code);

        var result = await pipeline.Get<ReconcileRound>().RunAsync(PipelineHarness.RoundText);

        var late = Assert.Single(result.Report.Findings, f => f.Kind == ReconciliationKinds.Late);
        Assert.Equal("E07000223", late.LlaCode);
        Assert.Contains("4 days after the deadline", late.Message);
    }

    [Fact]
    public async Task Reconciling_twice_publishes_the_same_figures()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        await IngestValidAsync(pipeline, PipelineHarness.Adur.Code);
        await IngestValidAsync(pipeline, PipelineHarness.Ashford.Code);
        var reconcile = pipeline.Get<ReconcileRound>();
        var first = await reconcile.RunAsync(PipelineHarness.RoundText);
        var firstSheet = SheetRows.Read((await pipeline.BlobAsync(StorageNames.PublishedContainer, first.LatestBlob))!, "Councils");
        pipeline.Clock.Advance(TimeSpan.FromMinutes(10));

        var second = await reconcile.RunAsync(PipelineHarness.RoundText);

        Assert.Equal(ReportFigures.Of(first.Report), ReportFigures.Of(second.Report));
        Assert.Equal(firstSheet, SheetRows.Read((await pipeline.BlobAsync(StorageNames.PublishedContainer, second.LatestBlob))!, "Councils"));
        Assert.NotEqual(first.PublishedBlob, second.PublishedBlob);
        Assert.NotNull(await pipeline.BlobAsync(StorageNames.PublishedContainer, first.PublishedBlob));
    }

    [Fact]
    public async Task The_nightly_run_reconciles_open_rounds_and_skips_closed_ones()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var rounds = pipeline.Get<OpenRound>();
        await rounds.RunAsync("2025-26-Q2", new DateOnly(2025, 10, 31));
        await rounds.CloseAsync("2025-26-Q2");

        var results = await pipeline.Get<ReconcileRound>().RunOpenRoundsAsync();

        var only = Assert.Single(results);
        Assert.Equal(PipelineHarness.RoundText, only.Round);
        Assert.Null(await pipeline.BlobAsync(StorageNames.PublishedContainer, "2025-26-Q2/ukspf-consolidated-2025-26-Q2.xlsx"));
        Assert.NotNull(await pipeline.BlobAsync(StorageNames.PublishedContainer, only.LatestBlob));
    }

    [Fact]
    public async Task Refuses_to_reconcile_a_round_that_was_never_opened()
    {
        using var pipeline = await PipelineHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => pipeline.Get<ReconcileRound>().RunAsync("2025-26-Q4"));

        Assert.Contains("has not been opened", error.Message);
    }

    [Fact]
    public async Task A_failed_submission_of_an_earlier_round_is_not_taken_for_the_councils_return_of_that_round()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var q2 = RoundId.Parse("2025-26-Q2");
        await pipeline.Get<OpenRound>().RunAsync(q2.ToString(), new DateOnly(2025, 10, 31));
        var q2Return = ValidReturn.For(PipelineHarness.Adur, q2);
        var accepted = await pipeline.IngestAsync("E07000223", "adur-q2.xlsx", await pipeline.FillAsync(q2Return), q2.ToString());
        Assert.Equal(SubmissionStatus.Accepted, accepted.Status);
        // A later Q2 upload whose processing failed after its lines were stored, with figures above any accepted.
        var failed = new SubmissionSummary("failedq2upload000000", "E07000223", q2, "adur-q2-v2.xlsx", pipeline.Clock.GetUtcNow().AddHours(1),
            SubmissionStatus.Failed, 0, 0, "Processing stopped before a verdict (storage error 503 ServerBusy).");
        await pipeline.Get<SubmissionRepository>().SaveAsync(new SubmissionRecord(failed, "", "", ""));
        await pipeline.Get<ReturnLinesRepository>().SaveAsync(failed.SubmissionId, q2Return.WithActualsScaled(10m));
        pipeline.Clock.Advance(TimeSpan.FromDays(1));
        await IngestValidAsync(pipeline, PipelineHarness.Adur.Code);

        var result = await pipeline.Get<ReconcileRound>().RunAsync(PipelineHarness.RoundText);

        Assert.DoesNotContain(result.Report.Findings, f => f.Kind == ReconciliationKinds.CumulativeDecrease);
    }

    private static async Task IngestValidAsync(PipelineHarness pipeline, string lla)
    {
        var council = PipelineHarness.Councils.Single(c => c.Code == lla);
        var result = await pipeline.IngestAsync(lla, $"{lla}-return.xlsx", await pipeline.FillAsync(pipeline.ValidReturnOf(council)));
        Assert.Equal(Domain.Submissions.SubmissionStatus.Accepted, result.Status);
    }

    private static decimal Money(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
