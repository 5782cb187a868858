using Microsoft.Playwright;

namespace Ukspf.Portal.Tests.Browser;

/// <summary>
/// Debian's Chromium under Playwright, started once for the browser tests. Playwright's own browser download cannot
/// work here, so a missing Chromium fails the tests with the command that installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"The browser tests drive Debian's Chromium at {ChromiumPath}, which is not installed: run 'apt-get install -y chromium' (./test.sh does).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
