using Microsoft.Playwright;
using Ukspf.Portal.Tests.Hosting;
using Ukspf.Testing.Sheets;

namespace Ukspf.Portal.Tests.Browser;

public sealed class CouncilJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_council_fixes_its_return_in_the_browser_with_the_keyboard_alone_and_every_page_passes_axe()
    {
        var (host, address) = await KestrelPortal.StartAsync();
        using var _ = host;
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var refusedByPolicy = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) refusedByPolicy.Add(message.Text); };

        await page.GotoAsync("/");
        Assert.EndsWith("/sign-in?ReturnUrl=%2F", page.Url);
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.TabToAsync(page, "input[name=email]");
        await PageChecks.ArrowToAsync(page, $"input[value='{PortalHost.AdurOfficer}']");
        await PageChecks.TabToAsync(page, "button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/councils/{PortalHost.Adur.Code}");
        await PageChecks.AssertAccessibleAsync(page);

        await PageChecks.TabToAsync(page, "a[href$='/template']");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        var template = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal(await host.TemplateAsync(PortalHost.Adur.Code), template);

        var withMistakes = Path.Combine(host.Folder, "adur-q3.xlsx");
        await File.WriteAllBytesAsync(withMistakes, Returns.Fill(template, Returns.OverAllocation(PortalHost.Adur)));
        await UploadWithKeyboardAsync(page, withMistakes);
        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("R05: Spend against allocation");
        await Assertions.Expect(page.Locator("#rule-R05 tbody tr").First).ToContainTextAsync("Error");
        await PageChecks.AssertAccessibleAsync(page);

        await PageChecks.TabToAsync(page, "a[href$='/feedback']");
        var feedback = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));
        var feedbackBook = await File.ReadAllBytesAsync(await feedback.PathAsync());
        Assert.Equal("Rejected", SheetRows.Read(feedbackBook, "Feedback").Single(r => r.GetValueOrDefault("A") == "Result")["B"]);

        host.Clock.Advance(TimeSpan.FromHours(1));
        var corrected = Path.Combine(host.Folder, "adur-q3-v2.xlsx");
        await File.WriteAllBytesAsync(corrected, Returns.Fill(template, Returns.Valid(PortalHost.Adur)));
        await UploadWithKeyboardAsync(page, corrected);
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("was accepted");
        await PageChecks.AssertAccessibleAsync(page);

        await page.GotoAsync($"/councils/{PortalHost.Adur.Code}/history");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(2);
        await PageChecks.AssertAccessibleAsync(page);
        await page.GotoAsync($"/councils/{PortalHost.Arun.Code}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You do not have access to this page");
        await PageChecks.AssertAccessibleAsync(page);
        Assert.Empty(refusedByPolicy);
    }

    // From the council's page: Tab to the upload button, Enter, choose the file on the focused input, Tab to submit, Enter.
    private static async Task UploadWithKeyboardAsync(IPage page, string file)
    {
        if (!page.Url.EndsWith($"/councils/{PortalHost.Adur.Code}")) await page.GotoAsync($"/councils/{PortalHost.Adur.Code}");
        await PageChecks.TabToAsync(page, "a[href$='/upload']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/upload");
        await PageChecks.AssertAccessibleAsync(page);
        await PageChecks.TabToAsync(page, "input[type=file]");
        // The file chooser is the operating system's; Playwright answers it for the focused input.
        await page.Locator("input[type=file]:focus").SetInputFilesAsync(file);
        await PageChecks.TabToAsync(page, "button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/submissions/*");
    }
}
