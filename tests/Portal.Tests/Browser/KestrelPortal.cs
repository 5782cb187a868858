using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Ukspf.Portal.Tests.Hosting;

namespace Ukspf.Portal.Tests.Browser;

/// <summary>The seeded portal on Kestrel, on a free loopback port, for a real browser.</summary>
internal static class KestrelPortal
{
    public static async Task<(PortalHost Host, string Address)> StartAsync()
    {
        var host = new PortalHost();
        try
        {
            host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            host.StartServer();
            await host.SeedAsync();
            var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return (host, address.TrimEnd('/'));
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
