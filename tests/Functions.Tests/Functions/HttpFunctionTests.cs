using Microsoft.Extensions.Logging.Abstractions;
using Ukspf.Application;
using Ukspf.Application.Allocations;
using Ukspf.Application.Reconcile;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Application.Tests.Pipeline;
using Ukspf.Domain.Rounds;
using Ukspf.Functions.Allocations;
using Ukspf.Functions.Reconcile;
using Ukspf.Functions.Rounds;
using Ukspf.Functions.Submissions;
using Ukspf.Functions.Tests.Worker;
using Xunit;

namespace Ukspf.Functions.Tests.Functions;

/// <summary>The fund managers' HTTP functions, called as the worker calls them, over the real use cases.</summary>
public sealed class HttpFunctionTests : IDisposable
{
    private readonly PipelineHarness _pipeline = PipelineHarness.StartAsync().GetAwaiter().GetResult();

    [Fact]
    public async Task Opening_a_round_records_it_with_its_deadline_and_lists_the_templates_written()
    {
        var (status, body) = HttpCalls.Sent(await Rounds().OpenAsync(HttpCalls.Request("POST", "{\"deadline\":\"2026-04-30\"}"), "2025-26-Q4", default));

        Assert.Equal(200, status);
        Assert.Equal("2025-26-Q4", body.GetProperty("round").GetString());
        Assert.Equal(["2025-26-Q4/E07000105.xlsx", "2025-26-Q4/E07000223.xlsx", "2025-26-Q4/E07000224.xlsx"], body.GetProperty("templates").EnumerateArray().Select(t => t.GetString()));
        var round = await _pipeline.Get<RoundRepository>().GetAsync(RoundId.Parse("2025-26-Q4"));
        Assert.Equal(new DateOnly(2026, 4, 30), round!.Deadline);
        Assert.NotNull(await _pipeline.BlobAsync(StorageNames.TemplatesContainer, "2025-26-Q4/E07000224.xlsx"));
    }

    [Fact]
    public async Task Opening_a_round_takes_the_deadline_from_the_query_when_there_is_no_body()
    {
        var (status, _) = HttpCalls.Sent(await Rounds().OpenAsync(HttpCalls.Request("POST", query: "?deadline=2026-04-30"), "2025-26-Q4", default));

        Assert.Equal(200, status);
    }

    [Theory]
    [InlineData("2025-26-Q4", "{\"deadline\":\"30/04/2026\"}", "deadline")]
    [InlineData("2025-26-Q4", "{\"deadline\":", "JSON")]
    [InlineData("2025-26-Q9", "{\"deadline\":\"2026-04-30\"}", "not a reporting round")]
    [InlineData("2031-32-Q1", "{\"deadline\":\"2032-04-30\"}", "No allocations")]
    public async Task Opening_a_round_refuses_a_bad_request_with_a_400_that_says_why(string round, string body, string reason)
    {
        var (status, sent) = HttpCalls.Sent(await Rounds().OpenAsync(HttpCalls.Request("POST", body), round, default));

        Assert.Equal(400, status);
        Assert.Contains(reason, sent.GetProperty("error").GetString());
        if (RoundId.TryParse(round, out var id)) Assert.Null(await _pipeline.Get<RoundRepository>().GetAsync(id));
    }

    [Fact]
    public async Task Importing_allocations_stores_the_usable_rows_and_lists_each_refused_row_with_its_reason()
    {
        var csv = "lla_code,financial_year,fund_line,spend_type,amount,source,as_of\n"
                  + "adur,2026-27,core,capital,1000.50,Determination,2026-04-01\n"
                  + "nowhere,2026-27,core,capital,99,Determination,2026-04-01\n";

        var (status, body) = HttpCalls.Sent(await Allocations().ImportAsync(HttpCalls.Request("POST", csv, "?fileName=allocations-2026.csv"), default));

        Assert.Equal(200, status);
        Assert.Equal(1, body.GetProperty("imported").GetInt32());
        var problem = Assert.Single(body.GetProperty("problems").EnumerateArray());
        Assert.Equal(3, problem.GetProperty("row").GetInt32());
        Assert.Contains("nowhere", problem.GetProperty("message").GetString());
        var book = await _pipeline.Get<AllocationRepository>().LoadCouncilAsync("E07000223");
        Assert.Equal(1000.50m, book.Amount("E07000223", Domain.Rounds.FinancialYear.Parse("2026-27"), Domain.Allocations.SpendType.Capital));
    }

    [Fact]
    public async Task Importing_allocations_refuses_an_empty_body_and_a_file_that_is_neither_csv_nor_xlsx()
    {
        var empty = HttpCalls.Sent(await Allocations().ImportAsync(HttpCalls.Request("POST", body: (byte[]?)null), default));
        var pdf = HttpCalls.Sent(await Allocations().ImportAsync(HttpCalls.Request("POST", "%PDF-1.7", "?fileName=allocations.pdf"), default));

        Assert.Equal(400, empty.Status);
        Assert.Contains("no body", empty.Body.GetProperty("error").GetString());
        Assert.Equal(400, pdf.Status);
        Assert.Contains("CSV", pdf.Body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Importing_allocations_refuses_a_body_over_the_limit_before_reading_it_all()
    {
        var request = HttpCalls.Request("POST", new byte[16]);
        request.ContentLength = AllocationFunctions.MaxFileBytes + 1;

        var (status, body) = HttpCalls.Sent(await Allocations().ImportAsync(request, default));

        Assert.Equal(413, status);
        Assert.Contains("MB", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Listing_submissions_gives_each_upload_of_the_round_with_its_status()
    {
        await _pipeline.IngestAsync("adur", "return.xlsx", await _pipeline.FillAsync(_pipeline.ValidReturnOf(PipelineHarness.Adur)));
        await _pipeline.IngestAsync("arun", "return.xlsx", "not a workbook"u8.ToArray());

        var (status, body) = HttpCalls.Sent(await new SubmissionFunctions(_pipeline.Get<ListSubmissions>()).ListAsync(HttpCalls.Request("GET"), PipelineHarness.RoundText, default));

        Assert.Equal(200, status);
        Assert.Equal([("E07000223", "Accepted"), ("E07000224", "Rejected")],
            body.EnumerateArray().Select(s => (s.GetProperty("lla").GetString(), s.GetProperty("status").GetString())));
    }

    [Fact]
    public async Task Reconciling_now_publishes_the_round_and_says_where()
    {
        await _pipeline.IngestAsync("adur", "return.xlsx", await _pipeline.FillAsync(_pipeline.ValidReturnOf(PipelineHarness.Adur)));

        var (status, body) = HttpCalls.Sent(await Reconcile().NowAsync(HttpCalls.Request("POST"), PipelineHarness.RoundText, default));

        Assert.Equal(200, status);
        var published = body.GetProperty("publishedBlob").GetString()!;
        Assert.StartsWith(PipelineHarness.RoundText + "/", published);
        Assert.NotNull(await _pipeline.BlobAsync(StorageNames.PublishedContainer, published));
    }

    [Fact]
    public async Task Reconciling_a_round_that_is_not_a_round_is_a_400()
    {
        var (status, body) = HttpCalls.Sent(await Reconcile().NowAsync(HttpCalls.Request("POST"), "last-quarter", default));

        Assert.Equal(400, status);
        Assert.Contains("last-quarter", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_nightly_timer_reconciles_every_open_round()
    {
        await Reconcile().NightlyAsync(new Microsoft.Azure.Functions.Worker.TimerInfo { IsPastDue = true }, default);

        var published = new List<string>();
        await foreach (var blob in _pipeline.Blobs.ListAsync(StorageNames.PublishedContainer, PipelineHarness.RoundText + "/")) published.Add(blob.Name);
        Assert.Contains(published, p => p.EndsWith(".xlsx", StringComparison.Ordinal));
    }

    public void Dispose() => _pipeline.Dispose();

    private RoundFunctions Rounds() => new(_pipeline.Get<OpenRound>());

    private AllocationFunctions Allocations() => new(_pipeline.Get<ImportAllocations>(), NullLogger<AllocationFunctions>.Instance);

    private ReconcileFunctions Reconcile() => new(_pipeline.Get<ReconcileRound>(), NullLogger<ReconcileFunctions>.Instance);
}
