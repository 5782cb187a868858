using System.Net;
using System.Net.Sockets;

namespace Ukspf.Testing.Azurite;

/// <summary>The loopback ports of an emulator's three services.</summary>
/// <param name="Blob">The blob service's port.</param>
/// <param name="Queue">The queue service's port.</param>
/// <param name="Table">The table service's port.</param>
public sealed record AzuritePorts(int Blob, int Queue, int Table)
{
    /// <summary>Three ports that are free on the loopback address now (another process may still take one).</summary>
    public static AzuritePorts Free() => new(FreePort(), FreePort(), FreePort());

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
