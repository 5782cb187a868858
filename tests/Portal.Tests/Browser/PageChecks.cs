using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Ukspf.Portal.Tests.Browser;

/// <summary>What every page visited in the browser must pass, and keyboard-only moves.</summary>
internal static class PageChecks
{
    /// <summary>Runs axe on the page as it stands; fails listing every violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0,
            $"{page.Url}: " + string.Join("; ", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    /// <summary>Within a radio group, presses the down arrow (which selects as it moves) until <paramref name="selector"/> is focused and checked.</summary>
    public static async Task ArrowToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 20; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                if (!await page.Locator(selector).IsCheckedAsync()) await page.Keyboard.PressAsync("Space");
                return;
            }
            await page.Keyboard.PressAsync("ArrowDown");
        }
        Assert.Fail($"{selector} cannot be reached with the arrow keys on {page.Url}.");
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus; fails if it never does.</summary>
    public static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector)) return;
        }
        Assert.Fail($"{selector} cannot be reached with the Tab key on {page.Url}.");
    }
}
