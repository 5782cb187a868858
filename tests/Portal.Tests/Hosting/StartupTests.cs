using System.Net;
using System.Text;
using System.Text.Json;
using Ukspf.Portal.Hosting;

namespace Ukspf.Portal.Tests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public void Outside_Development_the_portal_refuses_to_start_without_an_authentication_setting()
    {
        using var host = new PortalHost("Production");

        var refusal = Assert.Throws<StartupRefusal>(() => host.CreateClient());

        Assert.Contains("Portal__Authentication to AppService", refusal.Message);
    }

    [Fact]
    public void Outside_Development_the_portal_refuses_to_start_with_the_development_sign_in()
    {
        using var host = new PortalHost("Production", new Dictionary<string, string?> { ["Portal:Authentication"] = "Development" });

        var refusal = Assert.Throws<StartupRefusal>(() => host.CreateClient());

        Assert.Contains("lets anyone choose any user without a password", refusal.Message);
        Assert.Contains("'Production'", refusal.Message);
    }

    [Fact]
    public async Task Behind_App_Service_Authentication_the_user_comes_from_the_platform_principal_and_the_sign_in_page_is_gone()
    {
        using var host = new PortalHost("Production", new Dictionary<string, string?> { ["Portal:Authentication"] = "AppService" });
        await host.SeedAsync();
        using var client = host.CreateClient();

        var withoutPrincipal = await client.GetAsync(Routes.Council(PortalHost.Adur.Code));
        var signIn = await client.GetAsync("/sign-in");
        var request = new HttpRequestMessage(HttpMethod.Get, Routes.Council(PortalHost.Adur.Code));
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", Principal("preferred_username", "Officer@Adur.example.gov.uk"));
        var asAdur = await client.SendAsync(request);
        var other = new HttpRequestMessage(HttpMethod.Get, Routes.Council(PortalHost.Arun.Code));
        other.Headers.Add("X-MS-CLIENT-PRINCIPAL", Principal("preferred_username", PortalHost.AdurOfficer));

        Assert.Equal(HttpStatusCode.Unauthorized, withoutPrincipal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asAdur.StatusCode);
        Assert.Contains("Adur", (await PortalClient.DocumentAsync(asAdur)).QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(other)).StatusCode);
    }

    private static string Principal(string type, string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        auth_typ = "aad",
        claims = new[] { new { typ = type, val = value }, new { typ = "name", val = "Sam Patel" } },
        name_typ = "name",
        role_typ = "roles",
    })));
}
