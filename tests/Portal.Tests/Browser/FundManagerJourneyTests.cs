using System.Text;
using Microsoft.Playwright;
using Ukspf.Portal.Tests.Hosting;

namespace Ukspf.Portal.Tests.Browser;

public sealed class FundManagerJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_fund_manager_opens_a_round_imports_allocations_sees_the_dashboard_move_and_downloads_the_workbook_on_pages_that_pass_axe()
    {
        var (host, address) = await KestrelPortal.StartAsync();
        using var _ = host;
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address, AcceptDownloads = true });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Fund manager").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/manage");
        await PageChecks.AssertAccessibleAsync(page);

        await page.GetByLabel("Round", new() { Exact = true }).FillAsync("2025-26-Q4");
        await page.GetByLabel("Day").FillAsync("30");
        await page.GetByLabel("Month").FillAsync("4");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the round" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Round 2025-26-Q4 is open");
        await PageChecks.AssertAccessibleAsync(page);

        await page.GotoAsync($"/manage/rounds/{PortalHost.RoundText}");
        await Assertions.Expect(page.Locator("#programme-spend")).ToContainTextAsync("of £900,000 allocated");
        await PageChecks.AssertAccessibleAsync(page);

        await page.GotoAsync("/manage/allocations");
        await PageChecks.AssertAccessibleAsync(page);
        var csv = Path.Combine(host.Folder, "reissued.csv");
        await File.WriteAllTextAsync(csv, "lla_code,financial_year,fund_line,spend_type,amount,source,as_of\n" +
            $"{PortalHost.Adur.Code},2025-26,core,capital,200000,Re-issued determination,2025-10-01\n" +
            "not-a-council,2025-26,core,capital,5,Typo,2025-10-01\n", Encoding.UTF8);
        await page.Locator("input[type=file]").SetInputFilesAsync(csv);
        await page.GetByRole(AriaRole.Button, new() { Name = "Load the allocations" }).ClickAsync();
        await Assertions.Expect(page.Locator("#row-problems tbody tr")).ToHaveCountAsync(1);
        await PageChecks.AssertAccessibleAsync(page);

        await page.GotoAsync($"/manage/rounds/{PortalHost.RoundText}");
        await Assertions.Expect(page.Locator("#programme-spend")).ToContainTextAsync("of £1,000,000 allocated");
        await page.GetByLabel("RAG rating").SelectOptionAsync("Red");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        Assert.Contains("rag=Red", page.Url);
        await PageChecks.AssertAccessibleAsync(page);
        await page.GotoAsync($"/manage/rounds/{PortalHost.RoundText}/councils/{PortalHost.Adur.Code}");
        await PageChecks.AssertAccessibleAsync(page);

        await page.GotoAsync("/manage");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Reconcile now {PortalHost.RoundText}" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("reconciled");
        await page.GotoAsync($"/manage/rounds/{PortalHost.RoundText}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Consolidated workbook (.xlsx)" }).ClickAsync());
        Assert.Equal("ukspf-consolidated-2025-26-Q3.xlsx", download.SuggestedFilename);
        var workbook = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("PK"u8.ToArray(), workbook[..2]);

        await page.GotoAsync("/manage/access");
        await PageChecks.AssertAccessibleAsync(page);
    }
}
