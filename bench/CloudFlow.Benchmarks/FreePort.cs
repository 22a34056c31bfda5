using System.Net;
using System.Net.Sockets;

namespace CloudFlow.Benchmarks;

internal static class FreePort
{
    /// <summary>A loopback port nobody listens on now, for a child process that must be told its port up front.</summary>
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
