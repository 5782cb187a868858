using System.Net;
using Ukspf.Portal.Tests.Hosting;

namespace Ukspf.Portal.Tests.Security;

public sealed class HeadersTests
{
    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/no-such-page")]
    [InlineData("/govuk/govuk-frontend.min.css")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var host = await PortalHost.StartAsync();
        using var client = host.Client();

        var response = await client.Http.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Pages_have_no_inline_script_and_load_GOV_UK_Frontend_from_the_app_itself()
    {
        using var host = await PortalHost.StartAsync();
        using var client = host.Client();

        var page = await client.PageAsync("/sign-in");

        Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.StartsWith("/govuk/", css);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(css)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/assets/fonts/bold-b542beb274-v2.woff2")).StatusCode);
    }

    [Fact]
    public async Task The_session_and_antiforgery_cookies_are_secure_http_only_and_same_site()
    {
        using var host = await PortalHost.StartAsync();
        using var client = host.Client();
        var page = await client.Http.GetAsync("/sign-in");
        var token = (await PortalClient.DocumentAsync(page)).QuerySelector($"input[name={PortalClient.TokenField}]")!.GetAttribute("value")!;

        var signIn = await client.Http.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = PortalHost.AdurOfficer, [PortalClient.TokenField] = token }));

        var cookies = page.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("ukspf-antiforgery="));
        Assert.Contains(cookies, c => c.StartsWith("ukspf-session="));
        Assert.All(cookies, c =>
        {
            Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", c, StringComparison.OrdinalIgnoreCase);
        });
    }
}
