using System.Net;
using System.Text;
using Ukspf.Application;
using Ukspf.Application.Access;
using Ukspf.Application.Rounds;
using Ukspf.Portal.Tests.Hosting;

namespace Ukspf.Portal.Tests.Manage;

public sealed class FundManagerPagesTests
{
    [Fact]
    public async Task A_fund_manager_opens_a_round_with_a_deadline_and_its_templates_are_written_then_closes_it()
    {
        using var host = await PortalHost.StartAsync();
        using var manager = await host.SignedInAsync(PortalHost.FundManager);

        var opened = await manager.PostFormAsync("/manage?handler=Open", Routes.Manage, new() { ["round"] = "2025-26-Q4", ["day"] = "30", ["month"] = "4", ["year"] = "2026" });
        var page = await manager.PageAsync(opened.Headers.Location!.OriginalString);
        var closed = await manager.PostFormAsync("/manage?handler=Close", Routes.Manage, new() { ["round"] = "2025-26-Q4" });

        Assert.Contains("Round 2025-26-Q4 is open", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var round = await host.Get<RoundRepository>().GetAsync(Domain.Rounds.RoundId.Parse("2025-26-Q4"));
        Assert.Equal(new DateOnly(2026, 4, 30), round!.Deadline);
        Assert.False(round.IsOpen);
        Assert.NotNull(await host.BlobAsync(StorageNames.TemplatesContainer, $"2025-26-Q4/{PortalHost.Adur.Code}.xlsx"));
    }

    [Fact]
    public async Task A_round_form_with_no_real_deadline_shows_the_error_summary_and_opens_nothing()
    {
        using var host = await PortalHost.StartAsync();
        using var manager = await host.SignedInAsync(PortalHost.FundManager);

        var response = await manager.PostFormAsync("/manage?handler=Open", Routes.Manage, new() { ["round"] = "2025-26-Q4", ["day"] = "31", ["month"] = "2", ["year"] = "2026" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalClient.DocumentAsync(response);
        Assert.Equal("#deadline-day", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Contains("must be a real date", page.QuerySelector("#deadline-error")!.TextContent);
        Assert.Single(await host.Get<RoundRepository>().ListAsync());
    }

    [Fact]
    public async Task An_allocations_file_with_a_bad_row_loads_the_rest_and_names_the_row()
    {
        using var host = await PortalHost.StartAsync();
        using var manager = await host.SignedInAsync(PortalHost.FundManager);
        var csv = "lla_code,financial_year,fund_line,spend_type,amount,source,as_of\n" +
                  $"{PortalHost.Adur.Code},2026-27,core,capital,120000,Determination,2026-04-01\n" +
                  "E99999999,2026-27,core,capital,5000,Determination,2026-04-01\n";

        var response = await manager.UploadAsync(Routes.Allocations, Routes.Allocations, Routes.AllocationsField, "allocations.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.DocumentAsync(response);
        Assert.Contains("1 rows loaded", page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Contains("1 row was not loaded", page.QuerySelector(".govuk-error-summary")!.TextContent);
        var problem = Assert.Single(page.QuerySelectorAll("#row-problems tbody tr"));
        Assert.Equal("3", problem.QuerySelector("td")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Adur") && r.TextContent.Contains("2026-27") && r.TextContent.Contains("£120,000"));
    }

    [Fact]
    public async Task The_dashboard_moves_when_a_return_is_accepted_filters_by_RAG_and_the_reconciled_workbook_downloads()
    {
        using var host = await PortalHost.StartAsync();
        using var manager = await host.SignedInAsync(PortalHost.FundManager);
        var before = await manager.PageAsync(Routes.Dashboard());
        using var officer = await host.SignedInAsync(PortalHost.AdurOfficer);
        await officer.UploadAsync(Routes.Upload(PortalHost.Adur.Code), Routes.Upload(PortalHost.Adur.Code), Routes.UploadField, "adur.xlsx",
            Returns.Fill(await host.TemplateAsync(PortalHost.Adur.Code), Returns.Valid(PortalHost.Adur)));

        var after = await manager.PageAsync(Routes.Dashboard());
        var green = await manager.PageAsync(Routes.Dashboard() + "?rag=Green");
        var red = await manager.PageAsync(Routes.Dashboard() + "?rag=Red");
        var drill = await manager.PageAsync(Routes.DrillDown(PortalHost.Adur.Code));
        var notYet = await manager.Http.GetAsync(Routes.Published("consolidated"));
        await manager.PostFormAsync("/manage?handler=Reconcile", Routes.Manage, new() { ["round"] = PortalHost.RoundText });
        var workbook = await manager.Http.GetAsync(Routes.Published("consolidated"));

        Assert.Equal("0 accepted, 0 late, 0 rejected, 3 missing", before.QuerySelector("#state-counts")!.TextContent.Trim());
        Assert.Equal("1 accepted, 0 late, 0 rejected, 2 missing", after.QuerySelector("#state-counts")!.TextContent.Trim());
        Assert.Contains("£93,000 of £900,000", after.QuerySelector("#programme-spend")!.TextContent);
        var adurRow = after.QuerySelectorAll("#councils tbody tr").Single(r => r.TextContent.Contains("Adur"));
        Assert.Contains("Accepted", adurRow.TextContent);
        Assert.Contains("31%", adurRow.TextContent);
        Assert.NotNull(after.QuerySelector("svg.app-chart title"));
        Assert.Equal(3, after.QuerySelectorAll("svg.app-chart rect").Length);
        var ragOf = (AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("#councils tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()).ToList();
        var all = ragOf(after);
        Assert.Equal(3, all.Count);
        Assert.Equal(all.Where(r => r == "Red").ToList(), ragOf(red));
        Assert.Equal(all.Where(r => r == "Green").ToList(), ragOf(green));
        Assert.Equal($"{all.Count(r => r == "Red")} of 3", red.QuerySelector("#councils-shown")!.TextContent.Trim());
        Assert.Contains("adur.xlsx", drill.QuerySelector("main")!.TextContent);
        Assert.Contains(PortalHost.AdurOfficer, drill.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal("ukspf-consolidated-2025-26-Q3.xlsx", workbook.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(await host.BlobAsync(StorageNames.PublishedContainer, "2025-26-Q3/ukspf-consolidated-2025-26-Q3.xlsx"), await workbook.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_access_list_is_edited_on_its_page_and_a_council_it_does_not_know_is_refused_with_nothing_saved()
    {
        using var host = await PortalHost.StartAsync();
        using var manager = await host.SignedInAsync(PortalHost.FundManager);

        var refused = await manager.PostFormAsync("/manage/access?handler=Save", Routes.Access,
            new() { ["email"] = "new.officer@ashford.gov.uk", ["submitter"] = "true", ["councils"] = "Ashford, Atlantis" });
        var saved = await manager.PostFormAsync("/manage/access?handler=Save", Routes.Access,
            new() { ["email"] = "New.Officer@ashford.gov.uk", ["submitter"] = "true", ["councils"] = "Ashford" });
        using var newcomer = await host.SignedInAsync("new.officer@ashford.gov.uk");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("'Atlantis' is not a council we know", (await PortalClient.DocumentAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var entry = await host.Get<AccessRepository>().GetAsync("new.officer@ashford.gov.uk");
        Assert.Equal([PortalHost.Ashford.Code], entry!.Councils);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.Http.GetAsync(Routes.Council(PortalHost.Ashford.Code))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await newcomer.Http.GetAsync(Routes.Council(PortalHost.Adur.Code))).StatusCode);
    }
}
